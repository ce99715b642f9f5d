package org.rehabkg.graph.sparql;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * REGEX and REPLACE as ARQ evaluates them (its pattern and flag rules, {@link RegexEngine#makePattern},
 * so i, s, m, x and q mean what they mean in Jena), but matching over a {@link CancellableText}, so a
 * catastrophic backtrack ends with the query's timeout, and with REPLACE's result bounded by
 * {@link QueryLimits}.
 */
final class GuardedRegexes {
    private GuardedRegexes() {}

    /** The pattern of {@code REGEX}/{@code REPLACE}; an evaluation error for a non-string or a bad pattern. */
    static Pattern pattern(String function, NodeValue pattern, NodeValue flags) {
        if (!pattern.isString())
            throw new ExprEvalException(function + ": pattern is not a string: " + pattern);
        if (flags != null && !flags.isString())
            throw new ExprEvalException(function + ": flags are not a string: " + flags);
        return compile(function, pattern.getString(), flags == null ? null : flags.getString());
    }

    /**
     * {@link RegexEngine#makePattern}'s rules (its flags, "q" quoting the pattern), with a message
     * for a bad pattern that says what is wrong and where, not the Java class that found it.
     */
    private static Pattern compile(String function, String pattern, String flags) {
        if (flags != null && !flags.chars().allMatch(c -> "imsxq".indexOf(c) >= 0))
            throw new ExprEvalException(function + ": unknown flag in \"" + flags + "\" (i, m, s, x and q are allowed)");
        int mask = RegexEngine.makeMask(flags);
        try {
            return Pattern.compile(flags != null && flags.contains("q") ? Pattern.quote(pattern) : pattern, mask);
        } catch (PatternSyntaxException e) {
            String shown = pattern.length() > 60 ? pattern.substring(0, 60) + "…" : pattern;
            throw new ExprEvalException(function + ": \"" + shown + "\" is not a valid regular expression: "
                    + e.getDescription() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
        }
    }

    /**
     * The pattern of a call: {@code args[1]}, with the flags at {@code flagsIndex} when given; or the
     * pattern already compiled when the call was built ({@link GuardedPatternCall}), when there is one.
     */
    static Pattern pattern(Pattern compiled, String function, List<NodeValue> args, int flagsIndex) {
        if (compiled != null)
            return compiled;
        return pattern(function, args.get(1), args.size() > flagsIndex ? args.get(flagsIndex) : null);
    }

    static boolean find(Pattern pattern, NodeValue text, FunctionEnv env) {
        String s = NodeValueOps.checkAndGetStringLiteral("REGEX", text).getLiteralLexicalForm();
        try {
            return pattern.matcher(CancellableText.of(s, QueryLimits.cancelSignal(env))).find();
        } catch (StackOverflowError e) {
            throw tooDeep("REGEX");
        }
    }

    /**
     * ARQ's REPLACE: every non-empty match (an empty match only as the first) replaced; the result
     * keeps the input's language tag, direction and datatype; the input itself when nothing changed.
     */
    static NodeValue replace(Pattern pattern, NodeValue input, NodeValue replacement, FunctionEnv env) {
        Node in = NodeValueOps.checkAndGetStringLiteral("replace", input);
        String s = in.getLiteralLexicalForm();
        String with = NodeValueOps.checkAndGetStringLiteral("replace", replacement).getLiteralLexicalForm();
        Matcher m = pattern.matcher(CancellableText.of(s, QueryLimits.cancelSignal(env)));
        StringBuilder out = null;
        try {
            while (m.find()) {
                if (out == null)
                    out = new StringBuilder();
                else if (m.start() == m.end())
                    continue;
                m.appendReplacement(out, with);
                QueryLimits.checkLength(out.length(), "REPLACE");
            }
            if (out == null)
                return input;
            m.appendTail(out);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            // A "$9" without a 9th group, a trailing "\" or "$" in the replacement.
            throw new ExprEvalException("replace: " + e.getMessage());
        } catch (StackOverflowError e) {
            throw tooDeep("REPLACE");
        }
        QueryLimits.allowString(out.length(), env, "REPLACE");
        String result = out.toString();
        if (result.equals(s))
            return input;
        return NodeValue.makeNode(NodeFactory.createLiteral(result, in.getLiteralLanguage(), in.getLiteralBaseDirection(),
                                                            in.getLiteralDatatype()));
    }

    /** java.util.regex recurses per repetition of some groups; a long input can exhaust the stack. */
    private static ExprEvalException tooDeep(String function) {
        return new ExprEvalException(function + ": the pattern recurses too deeply on this input");
    }
}
