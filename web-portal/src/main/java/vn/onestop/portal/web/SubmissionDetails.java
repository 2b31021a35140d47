package vn.onestop.portal.web;

import vn.onestop.portal.api.SubmissionForm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a submission form says besides its files, read once and mapped to intake's request the same way
 * for the citizen's online form and the counter's: the applicant's type (a person, or at the counter a
 * business or an organisation named by its tax or registration number), the representative who hands
 * the dossier in, the unit where the procedure's subject is (only for a procedure decided there: the
 * land parcel, the deceased's last residence) and, at the counter only, the components handed in on
 * paper and scanned later. Plain Java; intake checks everything again and its violations come back
 * next to these fields.
 */
public record SubmissionDetails(String applicantType, Person representative, String subjectUnit, Set<String> paper) {

    public static final String ONLINE = "ONLINE";
    public static final String COUNTER = "COUNTER";
    /** The applicant types a counter may choose; online, the applicant is a person (the login or whom it represents). */
    public static final List<String> APPLICANT_TYPES = List.of("CITIZEN", "BUSINESS", "ORGANISATION");

    /** A person as the form gives them; blank fields are "" (never null) so the form shows them again. */
    public record Person(String fullName, String idNumber, String relation) {

        boolean given() {
            return !fullName.isEmpty() || !idNumber.isEmpty() || !relation.isEmpty();
        }
    }

    /** Nothing chosen yet: a person applying for themselves, nothing on paper. */
    public static SubmissionDetails none() {
        return new SubmissionDetails("CITIZEN", new Person("", "", ""), "", Set.of());
    }

    /**
     * Reads the form's words. {@code subjectBasis} is the procedure's (null: decided where the applicant
     * lives, and any subject unit sent is dropped); {@code codes} are the form's components (a paper
     * checkbox of another code is dropped); paper and a type other than a person only at the counter.
     */
    public static SubmissionDetails read(String channel, String subjectBasis, List<String> codes, String applicantType,
                                         String representativeName, String representativeId, String relation,
                                         String subjectUnit, List<String> paper) {
        boolean counter = COUNTER.equals(channel);
        String type = counter && applicantType != null && APPLICANT_TYPES.contains(applicantType.strip())
                ? applicantType.strip() : "CITIZEN";
        Set<String> onPaper = new LinkedHashSet<>();
        if (counter) {
            for (String code : paper == null ? List.<String>of() : paper) {
                if (code != null && codes.contains(code.strip())) {
                    onPaper.add(code.strip());
                }
            }
        }
        return new SubmissionDetails(type, new Person(blank(representativeName), blank(representativeId), blank(relation)),
                subjectBasis == null ? "" : blank(subjectUnit), onPaper);
    }

    /** The representative as intake takes it, or null when the form names none. */
    public SubmissionForm.Representative representativeOrNull() {
        return representative.given() ? new SubmissionForm.Representative(representative.fullName(),
                representative.idNumber(), representative.relation().isEmpty() ? null : representative.relation()) : null;
    }

    public String subjectUnitOrNull() {
        return subjectUnit.isEmpty() ? null : subjectUnit;
    }

    public boolean representing() {
        return representative.given();
    }

    public boolean onPaper(String code) {
        return paper.contains(code);
    }

    /** What was given per component: the files and reused documents, and the papers (a file given wins). */
    public Map<String, SubmissionForm.Given> given(Map<String, SubmissionForm.Given> files) {
        Map<String, SubmissionForm.Given> given = new LinkedHashMap<>(files);
        paper.forEach(code -> given.putIfAbsent(code, SubmissionForm.Given.paper()));
        return given;
    }

    /** The components as intake takes them: the files and reused documents, then the papers not given as a file. */
    public List<SubmissionForm.Part> parts(List<SubmissionForm.Part> files) {
        List<SubmissionForm.Part> parts = new ArrayList<>(files);
        Set<String> filed = new LinkedHashSet<>();
        files.forEach(part -> filed.add(part.code()));
        paper.stream().filter(code -> !filed.contains(code)).forEach(code -> parts.add(SubmissionForm.Part.onPaper(code)));
        return parts;
    }

    /** Who the request names: the applicant, and the representative (null when none). */
    public record Parties(SubmissionForm.Applicant applicant, SubmissionForm.Representative representative) {
    }

    /**
     * Online: a citizen files for themselves, or as the representative of the person the form names
     * (intake lets a citizen file only for themselves or as the representative named in the request),
     * so the login becomes the representative and the person named the applicant.
     */
    public Parties online(String selfName, String selfId, String email, String phone) {
        if (!representing()) {
            return new Parties(new SubmissionForm.Applicant("CITIZEN", selfName, selfId, email, phone), null);
        }
        return new Parties(new SubmissionForm.Applicant("CITIZEN", representative.fullName(), representative.idNumber(),
                email, phone), new SubmissionForm.Representative(selfName, selfId,
                representative.relation().isEmpty() ? null : representative.relation()));
    }

    /** At the counter: the applicant the staff typed in (a person, a business or an organisation) and who came for them. */
    public Parties counter(String fullName, String idNumber, String email, String phone, String unit) {
        return new Parties(new SubmissionForm.Applicant(applicantType, fullName, idNumber, email, phone, unit),
                representativeOrNull());
    }

    /** The request to intake. */
    public SubmissionForm.Request request(SubmissionForm.Entry entry, String channel, String centre, Parties parties,
                                         List<SubmissionForm.Part> files, Set<String> options) {
        return new SubmissionForm.Request(entry.id(), channel, centre, parties.applicant(), parts(files),
                options.isEmpty() ? null : List.copyOf(options), parties.representative(), subjectUnitOrNull());
    }

    /**
     * Whose place decides the procedure's competent agency when it is not the applicant's (PARCEL,
     * DECEASED_LAST_RESIDENCE), else null; a bundle's is its first member's that is decided so (its
     * members share the request's subject unit).
     */
    public static String subjectBasis(SubmissionForm.Entry entry, Function<String, SubmissionForm.Entry> member) {
        if (!entry.bundle()) {
            return entry.subjectBasis();
        }
        for (String id : entry.members() == null ? List.<String>of() : entry.members()) {
            String basis = member.apply(id).subjectBasis();
            if (basis != null) {
                return basis;
            }
        }
        return null;
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
