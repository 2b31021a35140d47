package vn.onestop.intake.notification.domain;

import java.util.Optional;

/** Who is notified and where: each channel takes the address it needs. */
public record Recipient(String name, String email, String phone) {

    public Optional<String> addressFor(NotificationChannel channel) {
        String address = switch (channel) {
            case EMAIL -> email;
            case SMS, ZALO -> phone;
        };
        return address == null || address.isBlank() ? Optional.empty() : Optional.of(address.strip());
    }
}
