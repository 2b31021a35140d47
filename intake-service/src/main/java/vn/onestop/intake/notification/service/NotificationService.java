package vn.onestop.intake.notification.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierAccess;
import vn.onestop.intake.config.IntakeConfig;
import vn.onestop.intake.notification.domain.MessageTemplates;
import vn.onestop.intake.notification.domain.NotificationChannel;
import vn.onestop.intake.notification.domain.NotificationKind;
import vn.onestop.intake.notification.domain.NotificationStatus;
import vn.onestop.intake.notification.domain.QueuedNotification;
import vn.onestop.intake.notification.domain.Recipient;
import vn.onestop.intake.dossier.service.TrackingLinks;
import vn.onestop.platform.rest.Actor;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Tells applicants what happens to their dossiers. {@link #request} only queues, inside the
 * transaction of the change it announces (a notification exists if and only if the change was
 * committed); {@link NotificationDispatcher} sends after commit, with retries.
 */
@ApplicationScoped
public class NotificationService {

    private final TrackingLinks links;
    private final MessageTemplates templates;

    NotificationService(TrackingLinks links, IntakeConfig intake) {
        this.links = links;
        this.templates = new MessageTemplates(intake.zone());
    }

    /** Tells the applicant of {@code dossier}, through the channels they chose when filing it. */
    public List<UUID> notifyApplicant(Dossier dossier, NotificationKind kind, Map<String, ?> data) {
        Set<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
        dossier.notify.forEach(c -> channels.add(NotificationChannel.valueOf(c)));
        return request(dossier.id, dossier.code, kind,
                new Recipient(dossier.applicantName, dossier.applicantEmail, dossier.applicantPhone), channels, data);
    }

    /**
     * Queues one notification per channel, rendered now from the kind's Vietnamese template.
     * {@code code} and {@code trackingUrl} are filled in; {@code templateData} supplies the kind's
     * other placeholders (see {@link NotificationKind}); times may be given as
     * {@code OffsetDateTime}, {@code Instant} or local values and print as "dd/MM/yyyy HH:mm" in
     * the province's zone. A channel for which the recipient has no address is recorded FAILED at
     * once, so the list shows that the applicant could not be told.
     *
     * @return the ids of the queued notifications
     * @throws IllegalArgumentException when a placeholder of the kind has no value
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> request(UUID dossierId, String dossierCode, NotificationKind kind, Recipient recipient,
                              Set<NotificationChannel> channels, Map<String, ?> templateData) {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        if (channels == null || channels.isEmpty()) {
            return List.of();
        }
        Map<String, Object> data = new HashMap<>();
        data.put("code", dossierCode);
        data.put("trackingUrl", links.of(dossierId));
        if (templateData != null) {
            data.putAll(templateData);
        }
        MessageTemplates.Message message = templates.render(kind, data);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);

        List<UUID> ids = new ArrayList<>();
        for (NotificationChannel channel : EnumSet.copyOf(channels)) {
            QueuedNotification n = new QueuedNotification();
            n.id = UUID.randomUUID();
            n.dossierId = dossierId;
            n.dossierCode = dossierCode;
            n.kind = kind;
            n.channel = channel;
            n.recipientName = recipient.name();
            n.subject = message.subject();
            n.text = message.text();
            n.createdAt = now;
            n.nextAttemptAt = now;
            Optional<String> address = recipient.addressFor(channel);
            if (address.isPresent()) {
                n.recipient = address.get();
                n.status = NotificationStatus.PENDING;
            } else {
                n.recipient = "";
                n.status = NotificationStatus.FAILED;
                n.lastError = "the applicant gave no " + (channel == NotificationChannel.EMAIL ? "e-mail address"
                        : "phone number") + " for " + channel;
            }
            n.persist();
            ids.add(n.id);
            Log.infof("dossier %s: %s notification %s on %s %s", dossierId, kind, n.id, channel,
                    n.status == NotificationStatus.PENDING ? "queued" : "not possible: " + n.lastError);
        }
        return ids;
    }

    /**
     * The notifications of a dossier, oldest first, if {@code actor} may read the dossier; otherwise
     * empty, as for an unknown code.
     */
    @Transactional
    public Optional<List<NotificationView>> forDossier(String dossierCode, Actor actor) {
        return Dossier.findByCode(dossierCode).filter(d -> DossierAccess.mayRead(actor, d))
                .map(d -> QueuedNotification.forDossier(d.id).stream().map(NotificationView::of).toList());
    }
}
