package vn.onestop.intake.dossier.domain;

import vn.onestop.intake.catalog.domain.ComponentSpec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The completeness check of the one-stop counter (BRIEF §4): everything wrong with a dossier's
 * components is reported at once, as one written guidance, and nothing outside the published list
 * may be asked for or accepted.
 */
public final class Completeness {

    private Completeness() {
    }

    /** How a component is handed in: exactly one of these per component. */
    public enum Way { CONTENT, DOCUMENT_STORE, EARLIER_DOSSIER, PAPER }

    /**
     * A component as handed in, in each of the {@code ways} the request named (exactly one is
     * right). {@code content} is the upload's bytes, or the reused earlier file's (checked like an
     * upload against the published formats and size); {@code referenceProblem} says why a reference
     * (document store, earlier dossier, paper) cannot be used.
     */
    public record Provided(String code, java.util.Set<Way> ways, String mediaType, byte[] content,
                           String referenceProblem) {

        public static Provided upload(String code, String mediaType, byte[] content) {
            return new Provided(code, java.util.EnumSet.of(Way.CONTENT), mediaType, content, null);
        }
    }

    /** One thing to fix; {@code field} names the component ("components.CODE"). */
    public record Finding(String field, String message) {
    }

    /**
     * @param published components the applicant must or may provide (after chain elimination for a bundle)
     * @param provided  what the request carries
     * @return every finding, missing required components last, in published order
     */
    public static List<Finding> check(List<ComponentSpec> published, List<Provided> provided) {
        Map<String, ComponentSpec> specs = published.stream()
                .collect(Collectors.toMap(ComponentSpec::code, Function.identity(), (a, b) -> a));
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Provided component : provided) {
            String field = "components." + component.code();
            ComponentSpec spec = specs.get(component.code());
            if (spec == null) {
                findings.add(new Finding(field, "is not in the published list of this procedure"));
                continue;
            }
            if (!seen.add(component.code())) {
                findings.add(new Finding(field, "is given more than once"));
                continue;
            }
            if (component.ways().size() != 1) {
                findings.add(new Finding(field, "needs exactly one of contentBase64, documentRef, fromDossier or paper"));
                continue;
            }
            if (component.referenceProblem() != null) {
                findings.add(new Finding(field, component.referenceProblem()));
                continue;
            }
            if (component.content() != null) {
                contentFinding(spec, component).ifPresent(message -> findings.add(new Finding(field, message)));
            }
        }
        for (ComponentSpec spec : published) {
            if (spec.required() && !seen.contains(spec.code())) {
                findings.add(new Finding("components." + spec.code(), "is required and missing: " + spec.name()));
            }
        }
        return findings;
    }

    private static Optional<String> contentFinding(ComponentSpec spec, Provided component) {
        if (component.content().length == 0) {
            return Optional.of("is empty");
        }
        if (!spec.acceptsSize(component.content().length)) {
            return Optional.of("is " + component.content().length + " bytes; at most " + spec.maxSizeBytes() + " are accepted");
        }
        if (!spec.acceptsFormat(component.mediaType())) {
            return Optional.of("media type " + component.mediaType() + " is not accepted; accepted: " + spec.formats());
        }
        Optional<String> actual = MediaSniffer.sniff(component.content());
        String declared = component.mediaType().split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (actual.isPresent() && !actual.get().equals(declared)) {
            return Optional.of("is declared " + declared + " but its content is " + actual.get());
        }
        if (actual.isEmpty() && (declared.equals("application/pdf") || declared.startsWith("image/"))) {
            return Optional.of("content is not a " + declared + " file");
        }
        return Optional.empty();
    }
}
