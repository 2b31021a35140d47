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

    /**
     * A component as handed in. {@code content} is null for a reference to the e-document store;
     * {@code referenceProblem} says why a reference cannot be used (unknown, not the applicant's).
     */
    public record Provided(String code, String mediaType, byte[] content, String documentRef, String referenceProblem) {
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
            boolean hasContent = component.content() != null;
            boolean hasRef = component.documentRef() != null;
            if (hasContent == hasRef) {
                findings.add(new Finding(field, "needs exactly one of contentBase64 or documentRef"));
                continue;
            }
            if (hasRef) {
                if (component.referenceProblem() != null) {
                    findings.add(new Finding(field, component.referenceProblem()));
                }
                continue;
            }
            contentFinding(spec, component).ifPresent(message -> findings.add(new Finding(field, message)));
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
