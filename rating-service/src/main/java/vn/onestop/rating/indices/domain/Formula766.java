package vn.onestop.rating.indices.domain;

/**
 * One version of the Decision 766/QĐ-TTg scoring. A new reading of the decision is a new
 * implementation with a new {@link #version()}, never an edit of a published one: stored snapshots
 * name the version that computed them.
 */
public interface Formula766 {

    String version();

    Score766 score(IndexFigures figures);
}
