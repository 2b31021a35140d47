package vn.onestop.rating.feedback.domain;

/** Feedback (a remark or suggestion) or a complaint; each has its own handling time limit. */
public enum FeedbackKind {
    FEEDBACK,
    COMPLAINT
}
