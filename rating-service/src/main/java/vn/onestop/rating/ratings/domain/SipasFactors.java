package vn.onestop.rating.ratings.domain;

/** The five SIPAS factors (Ministry of Home Affairs), each on the five-level scale. */
public record SipasFactors(SatisfactionLevel access, SatisfactionLevel procedure, SatisfactionLevel officials,
                           SatisfactionLevel result, SatisfactionLevel feedbackHandling) {
}
