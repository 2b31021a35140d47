package vn.onestop.intake.dossier.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /api/v1/dossiers/{code}/components/{component}/scan}: the scan of a paper component. */
public record ScanRequest(
        @Size(max = 255) String fileName,
        @NotBlank @Size(max = 100) String mediaType,
        @NotNull
        @JsonDeserialize(using = UploadedContent.Base64Reader.class)
        @Schema(type = SchemaType.STRING, format = "byte", maxLength = 69_905_068, description = "The scanned file, "
                + "base64; at most the component's maxSizeBytes in the catalog (413 upload-too-large past 52428800 "
                + "bytes).")
        UploadedContent contentBase64) {
}
