package vn.onestop.intake.notification.sender;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.inject.Singleton;
import vn.onestop.intake.notification.domain.Notification;
import vn.onestop.intake.notification.domain.NotificationChannel;
import vn.onestop.intake.notification.domain.SendOutcome;

/** E-mail through the SMTP server configured by {@code quarkus.mailer.*} (host, port, from, TLS, login). */
@Singleton
public class EmailSender implements NotificationSender {

    private final Mailer mailer;

    EmailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public SendOutcome send(Notification n) {
        // One Message-ID per notification, kept across attempts, lets mail clients drop a duplicate.
        String messageId = "<" + n.id() + "@notify.onestop>";
        mailer.send(Mail.withText(n.recipient(), n.subject(), body(n)).addHeader("Message-ID", messageId));
        return SendOutcome.sent(messageId);
    }

    static String body(Notification n) {
        String greeting = n.recipientName() == null || n.recipientName().isBlank()
                ? "Kính gửi ông/bà," : "Kính gửi ông/bà " + n.recipientName() + ",";
        return greeting + "\n\n" + n.text() + "\n\n"
                + "Đây là thư tự động của hệ thống một cửa, vui lòng không trả lời thư này.\n";
    }
}
