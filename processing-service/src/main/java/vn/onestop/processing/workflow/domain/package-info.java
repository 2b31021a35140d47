/**
 * The workflow of a dossier inside processing, as plain Java (no framework types).
 *
 * <ul>
 *   <li>{@link vn.onestop.processing.workflow.domain.WorkflowCatalog}: workflow definitions (one per
 *       procedure) loaded from {@code /workflows/workflows.json} and validated, including the rule
 *       that step budgets fit inside the statutory time limit ({@link vn.onestop.processing.workflow.domain.WorkflowBudget}).</li>
 *   <li>{@link vn.onestop.processing.workflow.domain.WorkflowRun}: the per-dossier state machine over
 *       {@link vn.onestop.processing.workflow.domain.StepState}s. Every call answers a
 *       {@link vn.onestop.processing.workflow.domain.TransitionResult}: a
 *       {@link vn.onestop.processing.workflow.domain.Transition} (new run + {@link vn.onestop.processing.workflow.domain.Effect}s
 *       for the service layer to turn into tasks, events and clock changes) or a
 *       {@link vn.onestop.processing.workflow.domain.Refusal} with a reason.</li>
 *   <li>{@link vn.onestop.processing.workflow.domain.StepDue}: a step's due date, its budget added in
 *       working time from the moment it opens, capped at the dossier's due date.</li>
 * </ul>
 */
package vn.onestop.processing.workflow.domain;
