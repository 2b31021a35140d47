package vn.onestop.processing.task.service;

import vn.onestop.processing.workflow.domain.Refusal;

/** The workflow refused an action (task already done, dossier paused, result fields missing...). */
public class WorkflowRefused extends RuntimeException {

    private final transient Refusal refusal;

    public WorkflowRefused(Refusal refusal) {
        super(refusal.reason());
        this.refusal = refusal;
    }

    public WorkflowRefused(String reason) {
        super(reason);
        this.refusal = null;
    }

    public Refusal refusal() {
        return refusal;
    }
}
