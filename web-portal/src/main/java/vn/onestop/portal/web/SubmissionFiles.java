package vn.onestop.portal.web;

import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.onestop.portal.api.SubmissionForm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a submission form sent for its components, read once for both forms that file a dossier (the
 * citizen's online form and the counter's): a file per component ({@code file-CODE}), or a document of
 * the e-document store to reuse ({@code ref} = "CODE|document id"; a file given for the same
 * component wins), and the bundle options chosen. The guidance and the parts sent to intake come
 * from the same reading, so the two cannot disagree.
 */
final class SubmissionFiles {

    static final String FILE_PREFIX = "file-";

    private final Map<String, FileUpload> uploads;
    private final Map<String, String> reused;

    private SubmissionFiles(Map<String, FileUpload> uploads, Map<String, String> reused) {
        this.uploads = uploads;
        this.reused = reused;
    }

    /** The non-empty files of the form and the reused documents; anything else is ignored. */
    static SubmissionFiles read(List<FileUpload> files, List<String> refs) {
        Map<String, FileUpload> uploads = new LinkedHashMap<>();
        for (FileUpload file : files == null ? List.<FileUpload>of() : files) {
            if (file.name() != null && file.name().startsWith(FILE_PREFIX) && file.size() > 0) {
                uploads.put(file.name().substring(FILE_PREFIX.length()), file);
            }
        }
        Map<String, String> reused = new LinkedHashMap<>();
        for (String ref : refs == null ? List.<String>of() : refs) {
            int bar = ref == null ? -1 : ref.indexOf('|');
            if (bar > 0 && bar < ref.length() - 1 && !uploads.containsKey(ref.substring(0, bar))) {
                reused.put(ref.substring(0, bar), ref.substring(bar + 1));
            }
        }
        return new SubmissionFiles(uploads, reused);
    }

    /** What was given per component, for {@link SubmissionForm#guidance}. */
    Map<String, SubmissionForm.Given> given() {
        Map<String, SubmissionForm.Given> given = new LinkedHashMap<>();
        uploads.forEach((code, file) -> given.put(code, SubmissionForm.Given.file(file.size())));
        reused.forEach((code, id) -> given.put(code, SubmissionForm.Given.reuse(id)));
        return given;
    }

    /** The components as intake takes them: the uploads inline (base64), then the reused documents. */
    List<SubmissionForm.Part> parts() {
        List<SubmissionForm.Part> parts = new ArrayList<>();
        uploads.forEach((code, file) -> parts.add(new SubmissionForm.Part(code, file.fileName(), file.contentType(),
                base64(file), null)));
        reused.forEach((code, id) -> parts.add(new SubmissionForm.Part(code, null, null, null, id)));
        return parts;
    }

    /** The bundle options of a form ("A,B" or repeated), each an option id; anything else dropped. */
    static Set<String> options(List<String> options) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String option : options == null ? List.<String>of() : options) {
            if (option == null) {
                continue;
            }
            for (String one : option.split(",")) {
                if (one.strip().matches("[A-Z0-9_]{1,64}")) {
                    chosen.add(one.strip());
                }
            }
        }
        return chosen;
    }

    static String base64(FileUpload file) {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(file.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded " + file.name(), e);
        }
    }
}
