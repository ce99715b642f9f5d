package org.rehabkg.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.rehabkg.graph.BadInputException;
import org.rehabkg.graph.LoadException;
import org.rehabkg.query.NearestName;
import org.rehabkg.api.QueryTimeoutException;
import org.rehabkg.api.RemoteGraphException;
import org.rehabkg.query.UnknownNameException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rehabkg} command. Every verb is registered here and nowhere else. Exit codes: 0 success,
 * 1 a data or query error, 2 a usage error.
 */
@Command(name = "rehabkg",
         mixinStandardHelpOptions = true,
         // --help and --version on every verb, declared once here.
         scope = CommandLine.ScopeType.INHERIT,
         versionProvider = Version.class,
         // Every verb's description and examples: one file, app/src/main/resources/org/rehabkg/cli/Help.properties.
         resourceBundle = "org.rehabkg.cli.Help",
         description = "An open knowledge graph of the rehabilitation professions, with a SPARQL endpoint.",
         subcommands = {
             ServeCommand.class,
             QueryCommand.class,
             QueriesCommand.class,
             CompareCommand.class,
             RecommendCommand.class,
             TeamCommand.class,
             LookupCommand.class,
             ValidateCommand.class,
             ExportCommand.class,
             ReleaseCommand.class,
             StatsCommand.class,
             LoadCommand.class,
             BackupCommand.class,
             CompactCommand.class,
             RestoreCommand.class,
             CommandLine.HelpCommand.class
         })
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int DATA_ERROR = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.LOCAL, description = "On an internal error, print its stack trace (give it before the command).")
    boolean verbose;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: rehabkg serve)");
    }

    public static void main(String[] args) {
        System.exit(run(args, new FileOutputStream(FileDescriptor.out), System.err));
    }

    /**
     * Runs a verb with stdout and stderr as given. A failed write to stdout (a full disk, a closed
     * pipe) is exit 1 with a message: {@code System.out} and {@code PrintWriter} would swallow it and
     * let a truncated export look like a success.
     */
    static int run(String[] args, OutputStream stdout, OutputStream stderr) {
        WriteCheckedStream out = new WriteCheckedStream(new BufferedOutputStream(stdout));
        CommandLine cl = commandLine();
        // UTF-8 whatever the platform's default, and flushed before exit (printf does not auto-flush).
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true));
        int code = cl.execute(args);
        cl.getOut().flush();
        if (out.failure() != null) {
            cl.getErr().println("rehabkg: cannot write the output: " + out.failure());
            code = code == OK ? DATA_ERROR : code;
        }
        cl.getErr().flush();
        return code;
    }

    /** The configured command line; tests call {@code execute} on it in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);   // --format JSON as well as json
        cl.setExecutionExceptionHandler(Main::reportError);
        CommandLine.IParameterExceptionHandler picocliDefault = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((e, args) -> unknownVerb(e) ? reportUnknownVerb(e) : picocliDefault.handleParseException(e, args));
        return cl;
    }

    /** A first word that is neither a verb nor an option, e.g. {@code rehabkg compair}. */
    private static boolean unknownVerb(CommandLine.ParameterException e) {
        return e instanceof CommandLine.UnmatchedArgumentException u && e.getCommandLine().getCommandSpec().parent() == null
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-");
    }

    /**
     * An unknown verb gets the nearest known one, by the same rule as unknown queries and entities
     * (picocli's own guess offered "compact or recommend" for "compair").
     */
    private static int reportUnknownVerb(CommandLine.ParameterException e) {
        CommandLine cl = e.getCommandLine();
        String typed = ((CommandLine.UnmatchedArgumentException) e).getUnmatched().get(0);
        cl.getErr().println("rehabkg: " + new UnknownNameException("command", typed,
                NearestName.among(typed, cl.getSubcommands().keySet())).getMessage() + " (see: rehabkg --help)");
        return USAGE;
    }

    /**
     * A user mistake (bad input, an unknown name, a timeout, an endpoint that failed) prints one line
     * on stderr and exits 1 (2 for a bad name), with no stack trace. Anything else is a bug in rehabkg,
     * an {@link IllegalArgumentException} included: one line saying so, and the stack trace with
     * {@code --verbose} (before the verb, or serve's own).
     */
    static int reportError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof UnknownNameException) {
            err.println("rehabkg: " + e.getMessage());
            return USAGE;
        }
        if (e instanceof QueryExceptionHTTP || e instanceof HttpException) {
            err.println("rehabkg: the SPARQL endpoint failed: " + rootMessage(e));
            return DATA_ERROR;
        }
        if (isUserMistake(e)) {
            err.println("rehabkg: " + e.getMessage());
            return DATA_ERROR;
        }
        err.println("rehabkg: internal error (a bug in rehabkg; please report it): " + e);
        if (verbose(parsed) || Boolean.getBoolean("rehabkg.debug"))
            e.printStackTrace(err);
        else
            err.println("(run with: rehabkg --verbose ... for the stack trace)");
        return DATA_ERROR;
    }

    private static boolean isUserMistake(Exception e) {
        return e instanceof UserError || e instanceof BadInputException || e instanceof LoadException
                || e instanceof QueryTimeoutException || e instanceof RemoteGraphException;
    }

    /** {@code rehabkg --verbose VERB …}, or a verb's own {@code --verbose} (serve). */
    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand())
            if (p.hasMatchedOption("--verbose"))
                return true;
        return false;
    }

    /**
     * The HTTP failure with its first cause ("ConnectException"), which says more than the
     * wrapper's message (the request URL) alone.
     */
    private static String rootMessage(Throwable e) {
        Throwable cause = e.getCause();
        if (cause == null || cause == e)
            return e.getMessage();
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName()
                                                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return why + " (" + e.getMessage() + ")";
    }
}
