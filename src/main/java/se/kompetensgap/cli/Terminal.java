package se.kompetensgap.cli;

import java.io.PrintStream;

/** Where a command writes: results on {@code out}, progress, problems and advice on {@code err}. */
record Terminal(PrintStream out, PrintStream err) {}
