package io.tarikh.api.problem;

/** A client error to be answered with a problem document. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final String parameter;

    public ProblemException(int status, String title, String detail, String parameter) {
        super(detail);
        this.status = status;
        this.title = title;
        this.parameter = parameter;
    }

    public static ProblemException badRequest(String parameter, String detail) {
        return new ProblemException(400, "Bad Request", detail, parameter);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String parameter() {
        return parameter;
    }
}
