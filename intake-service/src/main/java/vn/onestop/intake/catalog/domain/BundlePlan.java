package vn.onestop.intake.catalog.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a bundle means on a given day for the options the applicant chose: the member procedures
 * (versions in force that day) in the order they can start, what each receives from the chain, and
 * what the applicant must still provide (once per component code, after chain elimination).
 */
public record BundlePlan(Bundle bundle, LocalDate day, Set<String> options, List<PlannedMember> members,
                         List<ApplicantComponent> applicantComponents) {

    public BundlePlan {
        options = Set.copyOf(options);
        members = List.copyOf(members);
        applicantComponents = List.copyOf(applicantComponents);
    }

    /**
     * A member of the plan. {@code chainInputs} are the components other members provide (never asked
     * from the applicant); {@code applicantComponents} are the rest of its published list.
     */
    public record PlannedMember(Procedure procedure, String option, List<ChainEdge> chainInputs,
                                List<ComponentSpec> applicantComponents) {

        public PlannedMember {
            chainInputs = List.copyOf(chainInputs);
            applicantComponents = List.copyOf(applicantComponents);
        }

        public String id() {
            return procedure.id();
        }

        /** Members whose result (or hand-off) this one waits for before it starts. */
        public List<String> startsAfter() {
            return chainInputs.stream().filter(e -> e.type().gatesStart()).map(ChainEdge::from).distinct().toList();
        }

        /** Members whose result resumes this one after it paused (the P10 ⇄ P11 loop). */
        public List<String> resumedBy() {
            return chainInputs.stream().filter(e -> !e.type().gatesStart()).map(ChainEdge::from).distinct().toList();
        }
    }

    /**
     * A component the applicant provides for the bundle. {@code member} is the first member (in plan
     * order) that lists it, {@code option} that member's option or null; {@code alsoFor} lists the
     * other members that use the same upload.
     */
    public record ApplicantComponent(String member, String option, ComponentSpec component, List<String> alsoFor) {

        public ApplicantComponent {
            alsoFor = List.copyOf(alsoFor);
        }

        /** Required when any member that uses it requires it. */
        public boolean required() {
            return component.required();
        }
    }
}
