package vn.onestop.intake.catalog.domain;

/**
 * How one member of a bundle feeds another. Chains are graphs of procedure types (BRIEF §6): the
 * component an edge names is never asked from the applicant while its source is part of the bundle.
 */
public enum ChainEdgeType {
    /** The source's result is the component; the target starts once all such inputs are there (P1 → P2). */
    RESULT,
    /**
     * The source pauses waiting for payment (national status 6) and hands the component (its file) to
     * the target, which starts then (P10 → P11). Always paired with a {@link #RESUME} edge back.
     */
    HANDOFF,
    /** The target has paused for this component; the source's result resumes it (P11's tax receipt → P10). */
    RESUME;

    /** Whether the target waits for this edge before it can start. */
    public boolean gatesStart() {
        return this != RESUME;
    }
}
