package vn.onestop.portal.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The online submission form built from the catalog, and the guidance shown before anything is sent:
 * which published components the form asks for (a bundle's follow the chosen options), and which of
 * the required ones are still missing or too large. Plain Java; intake checks everything again.
 */
public final class SubmissionForm {

    /** The catalog's place basis of most procedures: where the applicant lives or has its seat. */
    public static final String APPLICANT = "APPLICANT";

    private SubmissionForm() {
    }

    // --- what intake's catalog says (GET /api/v1/procedures/{id}?options=...) ---

    /**
     * {@code competentAgency.by}: whose place decides the competent agency (a procedure's; null for a
     * bundle, whose {@code members} are procedures of their own).
     */
    public record Entry(String id, String kind, String name, String nameEn, List<String> channels,
                        List<Component> components, List<Option> options, List<ApplicantComponent> applicantComponents,
                        CompetentAgency competentAgency, List<String> members) {

        public Entry(String id, String kind, String name, String nameEn, List<String> channels,
                     List<Component> components, List<Option> options, List<ApplicantComponent> applicantComponents) {
            this(id, kind, name, nameEn, channels, components, options, applicantComponents, null, null);
        }

        /**
         * PARCEL or DECEASED_LAST_RESIDENCE when the procedure is decided where its subject is (the
         * submission then names that unit, {@code subjectUnit}); null when the applicant's place decides.
         */
        public String subjectBasis() {
            String by = competentAgency == null ? null : competentAgency.by();
            return by == null || APPLICANT.equals(by) ? null : by;
        }

        public boolean bundle() {
            return "BUNDLE".equals(kind);
        }

        public boolean online() {
            return channels != null && channels.contains("ONLINE");
        }

        /** Received at a centre's counter (staff file it for the applicant who walks in). */
        public boolean counter() {
            return channels != null && channels.contains("COUNTER");
        }
    }

    public record CompetentAgency(String type, String level, String by) {
    }

    public record Component(String code, String name, String nameEn, boolean required, List<String> formats,
                            long maxSizeBytes) {
    }

    public record Option(String id, String name, String nameEn) {
    }

    /** A bundle's component the applicant gives once; {@code option} null: asked whatever is chosen. */
    public record ApplicantComponent(String member, String option, String code, String name, String nameEn,
                                     boolean required, List<String> formats, long maxSizeBytes) {
    }

    public record Centres(List<Centre> items) {
    }

    public record Centre(String code, String name, String nameEn) {
    }

    // --- the form ---

    /** One component of the form: a file to upload or a document of the e-document store to reuse. */
    public record Field(String code, String name, String nameEn, boolean required, List<String> formats,
                        long maxSizeBytes) {

        /** "PDF, JPG" or "" when any format goes. */
        public String formatList() {
            return formats == null ? "" : String.join(", ", formats);
        }
    }

    /** What the applicant gave for a component: a file of {@code size} bytes, or a reused document. */
    public record Given(long size, String documentRef) {

        public static Given file(long size) {
            return new Given(size, null);
        }

        public static Given reuse(String documentRef) {
            return new Given(-1, documentRef);
        }

        /** Handed in on paper at the counter, to be scanned later: given, and of no size yet. */
        public static Given paper() {
            return new Given(0, null);
        }
    }

    /** A thing to fix before sending: MISSING (a required component) or TOO_LARGE (a file past its limit). */
    public record Finding(String code, String kind, String name, String nameEn) {
    }

    /** The fields of the form: a procedure's published components, or a bundle's for the chosen options. */
    public static List<Field> fields(Entry entry, Set<String> options) {
        List<Field> fields = new ArrayList<>();
        if (!entry.bundle()) {
            for (Component c : entry.components() == null ? List.<Component>of() : entry.components()) {
                fields.add(new Field(c.code(), c.name(), c.nameEn(), c.required(), c.formats(), c.maxSizeBytes()));
            }
            return fields;
        }
        // a component several members share is given once; asked when its option is chosen (or it has none)
        Map<String, Field> byCode = new LinkedHashMap<>();
        for (ApplicantComponent c : entry.applicantComponents() == null ? List.<ApplicantComponent>of()
                : entry.applicantComponents()) {
            if (c.option() != null && !options.contains(c.option())) {
                continue;
            }
            Field known = byCode.get(c.code());
            boolean required = c.required() || (known != null && known.required());
            byCode.put(c.code(), new Field(c.code(), c.name(), c.nameEn(), required, c.formats(), c.maxSizeBytes()));
        }
        fields.addAll(byCode.values());
        return fields;
    }

    /**
     * The guidance before sending: every required component not given, and every file larger than its
     * component allows, in the form's order. Empty: the form may be sent.
     */
    public static List<Finding> guidance(List<Field> fields, Map<String, Given> given) {
        List<Finding> findings = new ArrayList<>();
        for (Field field : fields) {
            Given g = given.get(field.code());
            if (g == null) {
                if (field.required()) {
                    findings.add(new Finding(field.code(), "MISSING", field.name(), field.nameEn()));
                }
            } else if (g.documentRef() == null && field.maxSizeBytes() > 0 && g.size() > field.maxSizeBytes()) {
                findings.add(new Finding(field.code(), "TOO_LARGE", field.name(), field.nameEn()));
            }
        }
        return findings;
    }

    // --- what is sent to intake (POST /api/v1/dossiers, POST .../supplements) ---

    /**
     * {@code representative}: who hands the dossier in for the applicant; {@code subjectUnit}: the unit
     * where the procedure's subject is (the parcel, the deceased's last residence), for those decided there.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(String procedureId, String channel, String receivingAgency, Applicant applicant,
                          List<Part> components, List<String> options, Representative representative,
                          String subjectUnit) {

        public Request(String procedureId, String channel, String receivingAgency, Applicant applicant,
                       List<Part> components, List<String> options) {
            this(procedureId, channel, receivingAgency, applicant, components, options, null, null);
        }
    }

    /** An authorised representative submitting on the applicant's behalf ({@code relation} optional). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Representative(String fullName, String idNumber, String relation) {
    }

    /** {@code administrativeUnit}: the commune the applicant lives in, when not the receiving centre's. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Applicant(String type, String fullName, String idNumber, String email, String phone,
                            String administrativeUnit) {

        public Applicant(String type, String fullName, String idNumber, String email, String phone) {
            this(type, fullName, idNumber, email, phone, null);
        }
    }

    /**
     * Exactly one of {@code contentBase64} (an upload), {@code documentRef} (a reused document) or
     * {@code paper} true (handed in at the counter on paper, scanned later).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Part(String code, String fileName, String mediaType, String contentBase64, String documentRef,
                       Boolean paper) {

        public Part(String code, String fileName, String mediaType, String contentBase64, String documentRef) {
            this(code, fileName, mediaType, contentBase64, documentRef, null);
        }

        public static Part onPaper(String code) {
            return new Part(code, null, null, null, null, true);
        }
    }

    public record Supplement(List<Part> components) {
    }
}
