package vn.onestop.processing.casefile.domain;

import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Roles;
import vn.onestop.processing.workflow.domain.WorkflowDefinition;
import vn.onestop.processing.workflow.domain.WorkflowStep;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who may see and act on a case (docs/security.md): the officers, leaders and partner systems of
 * the agencies that take part in it, and the counter staff of the centre that received it.
 *
 * <p>The agencies that take part are the competent agency and the agency each step of the
 * procedure's workflow is routed to. Not every agency of the dossier's place: DossierSubmitted
 * names all of them (police, tax, land office... of the commune and province) so that steps can
 * be routed, and a ward's police must not read a land transfer it has no step in.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    /**
     * @param workflow the procedure's workflow, or null when the case has none (a bundle's parent,
     *                 which only groups its members): then only the competent agency takes part
     */
    public static boolean mayRead(Actor actor, CaseFile file, WorkflowDefinition workflow) {
        return (actor.hasAny(Roles.OFFICER, Roles.LEADER, Roles.PARTNER_SYSTEM)
                && participants(file, workflow).stream().anyMatch(actor::actsFor))
                || (actor.has(Roles.CENTRE_STAFF) && actor.actsFor(file.receivingAgency));
    }

    /** Stopping a dossier and apologising for its delay: a leader of the competent agency. */
    public static boolean mayLead(Actor actor, CaseFile file) {
        return actor.has(Roles.LEADER) && actor.actsFor(file.competentAgency);
    }

    /** Correcting the data of a blocked result: an officer of the competent agency. */
    public static boolean mayDecide(Actor actor, CaseFile file) {
        return actor.has(Roles.OFFICER) && actor.actsFor(file.competentAgency);
    }

    /** The counter's work (fast lane, confirming a payment): its centre's staff, or the competent agency's officers. */
    public static boolean mayServeAtCounter(Actor actor, CaseFile file) {
        return (actor.has(Roles.CENTRE_STAFF) && actor.actsFor(file.receivingAgency)) || mayDecide(actor, file);
    }

    /** The competent agency and the agency of each step of {@code workflow} for this dossier's place. */
    public static Set<String> participants(CaseFile file, WorkflowDefinition workflow) {
        Set<String> agencies = new LinkedHashSet<>();
        if (file.competentAgency != null) {
            agencies.add(file.competentAgency);
        }
        if (workflow != null) {
            for (WorkflowStep step : workflow.steps()) {
                String agency = file.agencyOf(step);
                if (agency != null) {
                    agencies.add(agency);
                }
            }
        }
        return agencies;
    }
}
