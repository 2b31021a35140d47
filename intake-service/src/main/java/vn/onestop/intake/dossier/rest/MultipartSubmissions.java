package vn.onestop.intake.dossier.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.onestop.intake.dossier.service.SubmissionRequest;
import vn.onestop.intake.dossier.service.UploadLimits;
import vn.onestop.intake.dossier.service.UploadedContent;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.ProblemMappers;
import vn.onestop.platform.rest.UploadTooLarge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns a multipart submission (JSON part + one file part per component) into the JSON submission. */
@ApplicationScoped
public class MultipartSubmissions {

    private final ObjectMapper mapper;
    private final Validator validator;

    MultipartSubmissions(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    SubmissionRequest merge(String dossierJson, List<FileUpload> files) {
        if (dossierJson == null || dossierJson.isBlank()) {
            throw ProblemException.invalid("the multipart body needs a 'dossier' part with the submission JSON",
                    List.of(new Problem.Violation("dossier", "is required")));
        }
        SubmissionRequest request;
        try {
            request = mapper.readValue(dossierJson, SubmissionRequest.class);
        } catch (UploadTooLarge e) {
            throw tooLarge("dossier." + ProblemMappers.pathOf(e), e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("the 'dossier' part is not a valid submission: " + e.getOriginalMessage(),
                    List.of(new Problem.Violation("dossier", "is not valid submission JSON")));
        }
        if (request == null) {
            throw ProblemException.invalid("the 'dossier' part must be a submission object, not null",
                    List.of(new Problem.Violation("dossier", "is not valid submission JSON")));
        }
        List<SubmissionRequest.Component> components = new ArrayList<>(request.components());
        // a null component is the validator's to name below; it uploads nothing
        long total = components.stream().filter(c -> c != null && c.contentBase64() != null)
                .mapToLong(c -> c.contentBase64().size()).sum();
        for (FileUpload file : files == null ? List.<FileUpload>of() : files) {
            // the HTTP layer has streamed the part to a file: its size is known before it is read, once
            total += file.size();
            String refusal = UploadLimits.refusal(file.size(), total);
            if (refusal != null) {
                throw tooLarge(file.name(), refusal);
            }
            byte[] content;
            try {
                content = Files.readAllBytes(file.uploadedFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the uploaded part " + file.name(), e);
            }
            components.add(SubmissionRequest.Component.upload(file.name(), file.fileName(), file.contentType(),
                    new UploadedContent(content)));
        }
        SubmissionRequest merged = new SubmissionRequest(request.procedureId(), request.channel(),
                request.receivingAgency(), request.applicant(), request.representative(), components, request.options(),
                request.subjectUnit());
        Set<ConstraintViolation<SubmissionRequest>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return merged;
    }

    private static ProblemException tooLarge(String field, String message) {
        return new ProblemException(413, "upload-too-large", "Upload too large", field + ": " + message,
                List.of(new Problem.Violation(field, message)));
    }
}
