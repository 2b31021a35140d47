package vn.onestop.rating.ratings.domain;

/**
 * The grade of an evaluation's total (0–18): &gt;15 EXCELLENT, 12–15 GOOD, 9–12 FAIR, 6–9 AVERAGE,
 * &lt;6 WEAK (BRIEF §8). The brief's ranges share their ends; points are whole numbers and a shared
 * end belongs to the higher grade: 16–18 EXCELLENT, 12–15 GOOD, 9–11 FAIR, 6–8 AVERAGE, 0–5 WEAK.
 */
public enum EvaluationGrade {
    EXCELLENT,
    GOOD,
    FAIR,
    AVERAGE,
    WEAK;

    public static EvaluationGrade of(int points) {
        if (points < 0 || points > 18) {
            throw new IllegalArgumentException("points must be 0-18, not " + points);
        }
        if (points > 15) {
            return EXCELLENT;
        }
        if (points >= 12) {
            return GOOD;
        }
        if (points >= 9) {
            return FAIR;
        }
        if (points >= 6) {
            return AVERAGE;
        }
        return WEAK;
    }
}
