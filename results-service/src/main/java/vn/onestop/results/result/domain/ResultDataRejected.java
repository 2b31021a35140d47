package vn.onestop.results.result.domain;

/**
 * The data of a decision cannot make a valid result: the field at fault and what is wrong with it.
 * An {@link IllegalArgumentException}: the caller gave data the rules refuse.
 */
public class ResultDataRejected extends IllegalArgumentException {

    private final String field;
    private final String problem;

    public ResultDataRejected(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The key in the result data. */
    public String field() {
        return field;
    }

    /** What is wrong with its value, without the field's name. */
    public String problem() {
        return problem;
    }
}
