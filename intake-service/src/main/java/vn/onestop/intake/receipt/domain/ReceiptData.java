package vn.onestop.intake.receipt.domain;

import vn.onestop.intake.dossier.domain.Channel;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What the receipt and appointment slip (giấy tiếp nhận hồ sơ và hẹn trả kết quả) prints. Times
 * are local to the province (Asia/Ho_Chi_Minh), as the applicant reads them.
 *
 * @param dueAt       the promised return time; {@code null} while no deadline is known
 * @param appointment a booked counter appointment, or {@code null}
 */
public record ReceiptData(String centreName, String centreCode, String dossierCode, String procedureId,
                          String procedureName, String applicantName, String applicantIdNumber, Channel channel,
                          List<Component> components, LocalDateTime receivedAt, LocalDateTime dueAt,
                          String trackingUrl, AppointmentSlot appointment, String ratingUrl) {

    /** A slip without the rating invitation link. */
    public ReceiptData(String centreName, String centreCode, String dossierCode, String procedureId,
                       String procedureName, String applicantName, String applicantIdNumber, Channel channel,
                       List<Component> components, LocalDateTime receivedAt, LocalDateTime dueAt,
                       String trackingUrl, AppointmentSlot appointment) {
        this(centreName, centreCode, dossierCode, procedureId, procedureName, applicantName, applicantIdNumber,
                channel, components, receivedAt, dueAt, trackingUrl, appointment, null);
    }

    public ReceiptData {
        Objects.requireNonNull(centreCode, "centreCode");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(procedureId, "procedureId");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(trackingUrl, "trackingUrl");
        centreName = centreName == null || centreName.isBlank() ? centreCode : centreName;
        procedureName = procedureName == null || procedureName.isBlank() ? procedureId : procedureName;
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** One dossier component received, and how it reached the dossier. */
    public record Component(String name, ComponentSource source) {
        public Component {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * How a component was received. The applicant is never asked for a chain's result nor for a
     * document already in their e-document store (BRIEF §6), and the slip says so.
     */
    public enum ComponentSource {
        /** Handed in or uploaded by the applicant. */
        UPLOAD,
        /** Handed in on paper at the counter or by post, not scanned yet. */
        PAPER,
        /** Handed in on paper and scanned by the centre. */
        SCAN,
        /** Reused from a component of the applicant's earlier dossier. */
        DOSSIER,
        /** Reused from the citizen's e-document store. */
        DOCUMENT_STORE,
        /** The result of another procedure of the same chain. */
        CHAIN
    }

    /** A counter appointment: when and where the applicant is expected. */
    public record AppointmentSlot(LocalDateTime start, LocalDateTime end, String place) {
        public AppointmentSlot {
            Objects.requireNonNull(start, "start");
        }
    }
}
