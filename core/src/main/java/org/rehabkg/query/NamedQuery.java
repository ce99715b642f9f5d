package org.rehabkg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rehabkg.graph.BadInputException;

/**
 * A SPARQL query file that documents itself, as in ROBOT: it opens with comment lines
 * <pre>
 * # title: Core focus of a profession
 * # description: What each profession centres its practice on.
 * # param: profession iri the profession (default: all)
 * </pre>
 * followed by the query. The id is the file's path under {@code queries/} without {@code .rq}.
 *
 * @param id          the file's path under {@code queries/} without {@code .rq}
 * @param title       the header's title
 * @param description the header's description
 * @param params      the declared parameters
 * @param text        the whole query text
 */
public record NamedQuery(String id, String title, String description, List<QueryParam> params, String text) {

    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description|param)\\s*:\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("^\\??([A-Za-z_][A-Za-z0-9_]*)\\s+(\\w+)\\s*(.*)$");

    /** Copies the list, so that the query cannot change. */
    public NamedQuery {
        params = List.copyOf(params);
    }

    /**
     * Reads the header of {@code text}. Header lines are the leading comment lines; a description may
     * run over several {@code # description:} lines, which are joined.
     *
     * @param id   the query's id
     * @param text the query file's text
     * @return the query
     * @throws BadInputException when the title or description is missing or a param line is malformed
     */
    public static NamedQuery parse(String id, String text) {
        String title = null;
        StringBuilder description = new StringBuilder();
        List<QueryParam> params = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty())
                continue;
            if (!line.startsWith("#"))
                break;
            Matcher m = HEADER.matcher(line);
            if (!m.matches())
                continue;
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "title" -> title = value;
                case "description" -> description.append(description.isEmpty() ? "" : " ").append(value);
                case "param" -> params.add(parseParam(id, value));
                default -> throw new IllegalStateException(m.group(1));
            }
        }
        if (title == null || title.isEmpty())
            throw new BadInputException(id + ": the header has no '# title:' line");
        if (description.isEmpty())
            throw new BadInputException(id + ": the header has no '# description:' line");
        return new NamedQuery(id, title, description.toString(), params, text);
    }

    private static QueryParam parseParam(String id, String value) {
        Matcher m = PARAM.matcher(value);
        if (!m.matches())
            throw new BadInputException(id + ": '# param: " + value + "' should read '# param: NAME TYPE description'");
        try {
            return new QueryParam(m.group(1), QueryParam.Type.parse(m.group(2)), m.group(3).strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(id + ": " + e.getMessage(), e);
        }
    }

    /**
     * A declared parameter.
     *
     * @param name its name, without {@code ?}
     * @return the parameter, or empty when the query declares none of that name
     */
    public Optional<QueryParam> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
