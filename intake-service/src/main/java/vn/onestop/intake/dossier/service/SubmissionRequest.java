package vn.onestop.intake.dossier.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.intake.dossier.domain.ApplicantType;
import vn.onestop.intake.dossier.domain.Channel;

import java.util.List;

/** Body of {@code POST /api/v1/dossiers}. */
public record SubmissionRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "must be a catalog id such as P1")
        String procedureId,
        @NotNull Channel channel,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9.]{1,40}", message = "must be an agency code such as 000.00.01.H22")
        String receivingAgency,
        @NotNull @Valid Applicant applicant,
        @Valid Representative representative,
        @Size(max = 50) List<@NotNull @Valid Component> components,
        @Size(max = 10) List<@NotBlank String> options,
        @Schema(description = "The administrative unit of what the dossier is about, for procedures decided there "
                + "and not where the applicant lives: where the land parcel lies (land, construction), the "
                + "deceased's last residence (death registration, residence deregistration). Required for them "
                + "(422 competent-agency-unresolved naming subjectUnit); the catalog's competentAgency.by says which.")
        @Size(max = 20) String subjectUnit) {

    public SubmissionRequest {
        components = components == null ? List.of() : components;
        options = options == null ? List.of() : options;
    }

    public enum NotifyChannel { EMAIL, SMS, ZALO }

    public record Applicant(
            @NotNull ApplicantType type,
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Pattern(regexp = "[0-9A-Za-z]{9,15}", message = "must be a personal ID, tax or registration number (9-15 letters or digits)")
            String idNumber,
            @EventEmail @Size(max = 200) String email,
            @Pattern(regexp = "\\+?[0-9]{9,15}", message = "must be a phone number") String phone,
            /** The applicant's administrative unit (commune of residence, or seat): routes a commune
             *  procedure received at another centre of the province (boundary-free intake). */
            @Size(max = 20) String administrativeUnit,
            @JsonProperty("notify") @Size(max = 3) List<@NotNull NotifyChannel> notifyChannels) {

        public Applicant {
            notifyChannels = notifyChannels == null ? List.of() : notifyChannels;
        }
    }

    /** An authorised representative submitting on the applicant's behalf. */
    public record Representative(
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Pattern(regexp = "[0-9A-Za-z]{9,15}", message = "must be a personal ID number (9-15 letters or digits)")
            String idNumber,
            @Size(max = 100) String relation) {
    }

    /**
     * A dossier component, given in exactly one of four ways: uploaded content (inline base64,
     * decoded while the body is read, see {@link UploadLimits}; digitization state 1); a reference to
     * a document in the applicant's e-document store ({@code documentRef}, state 3); a component of
     * an earlier dossier of the same applicant ({@code fromDossier}, state 2); or, at a counter or by
     * post, a paper handed in and not scanned yet ({@code paper}, state 0) that staff scan later.
     */
    public record Component(
            @NotBlank @Size(max = 64) String code,
            @Size(max = 255) String fileName,
            @Size(max = 100) String mediaType,
            @JsonDeserialize(using = UploadedContent.Base64Reader.class)
            @Schema(type = SchemaType.STRING, format = "byte", maxLength = 69_905_068, description = "The file, base64 "
                    + "(padding optional). Decoded, at most the component's maxSizeBytes in the catalog (10 MiB for most, "
                    + "50 MiB for construction drawings; refused while reading past 52428800 bytes), and all the "
                    + "uploads of one request together at most 62914560 bytes (413 upload-too-large).")
            UploadedContent contentBase64,
            @Size(max = 100) String documentRef,
            @Schema(description = "The code of an earlier dossier of the same applicant whose component is reused "
                    + "(digitization state 2): its latest digitized file of the component fromComponent, or of the "
                    + "same code when fromComponent is absent.")
            @Pattern(regexp = "[A-Za-z0-9.]+-[0-9]{6}-[0-9]{4}", message = "must be a dossier code such as 000.00.01.H22-260301-0001")
            String fromDossier,
            @Size(max = 64) String fromComponent,
            @Schema(description = "COUNTER and POSTAL only: handed in on paper and not scanned yet (digitization "
                    + "state 0); the receiving centre's staff scan it later (PUT /api/v1/dossiers/{code}/components/"
                    + "{component}/scan).")
            Boolean paper) {

        /** An upload (the multipart form's files). */
        public static Component upload(String code, String fileName, String mediaType, UploadedContent content) {
            return new Component(code, fileName, mediaType, content, null, null, null, null);
        }

        public boolean onPaper() {
            return Boolean.TRUE.equals(paper);
        }
    }
}
