package org.rehabkg.graph;

/** A file that cannot be read as RDF (or an SSSOM row that is not a mapping), located as {@code file:line:col: message} like a compiler error. */
public final class LoadException extends RuntimeException {
    private final String file;
    private final long line;
    private final long column;
    private final String detail;

    public LoadException(String file, long line, long column, String detail) {
        super(format(file, line, column, detail));
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    private static String format(String file, long line, long column, String detail) {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0)
                where.append(':').append(column);
        }
        return where + ": " + detail;
    }

    public String file() { return file; }
    public long line() { return line; }
    public long column() { return column; }
    public String detail() { return detail; }
}
