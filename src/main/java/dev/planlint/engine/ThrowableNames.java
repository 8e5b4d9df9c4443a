package dev.planlint.engine;

/** What a rule threw, said as an author reads it: "division by zero" rather than a Java class name. */
final class ThrowableNames {

    private ThrowableNames() {
    }

    static String describe(Throwable thrown) {
        if (thrown instanceof ArithmeticException) {
            return "arithmetic error";
        }
        if (thrown instanceof IndexOutOfBoundsException) {
            return "index out of range";
        }
        if (thrown instanceof NullPointerException) {
            return "null value";
        }
        if (thrown instanceof ClassCastException) {
            return "wrong type";
        }
        if (thrown instanceof IllegalArgumentException || thrown instanceof IllegalStateException) {
            return "refused";
        }
        if (thrown instanceof StackOverflowError) {
            return "recursion too deep";
        }
        if (thrown instanceof OutOfMemoryError) {
            return "out of memory";
        }
        return "error";
    }
}
