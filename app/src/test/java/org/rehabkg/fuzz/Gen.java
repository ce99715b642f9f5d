package org.rehabkg.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A generator of fuzz input: everything it makes comes from the {@link Random} it is given, so a
 * try's seed gives the same input again ({@link FuzzBudget}). The helpers are the few combinators the
 * fuzz grammars need: a choice of values or generators (evenly or weighted), combinations, lists,
 * strings over a set of characters, integer ranges, and recursion bounded in depth. There is no
 * shrinking: a failure is reported with its seed, its try and the whole input.
 */
@FunctionalInterface
public interface Gen<T> {
    T next(Random r);

    default <U> Gen<U> map(Function<? super T, ? extends U> f) {
        return r -> f.apply(next(r));
    }

    default <U> Gen<U> flatMap(Function<? super T, ? extends Gen<? extends U>> f) {
        return r -> f.apply(next(r)).next(r);
    }

    /** Draws again until {@code keep} holds (the grammars filter out a small share only). */
    default Gen<T> filter(Predicate<? super T> keep) {
        return r -> {
            for (int i = 0; i < 10_000; i++) {
                T t = next(r);
                if (keep.test(t))
                    return t;
            }
            throw new IllegalStateException("the filter kept nothing in 10,000 draws");
        };
    }

    /** A list of {@code min} to {@code max} elements (the length uniform in that range). */
    default Gen<List<T>> list(int min, int max) {
        return r -> {
            int n = min + r.nextInt(max - min + 1);
            List<T> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++)
                list.add(next(r));
            return list;
        };
    }

    static <T> Gen<T> just(T value) {
        return r -> value;
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(List.of(values));
    }

    static <T> Gen<T> of(List<? extends T> values) {
        List<? extends T> copy = List.copyOf(values);
        return r -> copy.get(r.nextInt(copy.size()));
    }

    static Gen<Boolean> booleans() {
        return Random::nextBoolean;
    }

    /** One of the generators, each as likely. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> list = List.of(gens);
        return r -> list.get(r.nextInt(list.size())).next(r);
    }

    record Weighted<T>(int weight, Gen<? extends T> gen) {}

    static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /** One of the generators, each chosen in proportion to its weight. */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
        List<Weighted<? extends T>> list = List.of(choices);
        int total = list.stream().mapToInt(Weighted::weight).sum();
        return r -> {
            int pick = r.nextInt(total);
            for (Weighted<? extends T> w : list) {
                pick -= w.weight();
                if (pick < 0)
                    return w.gen().next(r);
            }
            throw new AssertionError("unreachable: the weights sum to " + total);
        };
    }

    /** {@code min} to {@code max} inclusive, uniform. */
    static Gen<Integer> ints(int min, int max) {
        return r -> min + r.nextInt(max - min + 1);
    }

    /**
     * {@code min} to {@code max} inclusive (min >= 1), log-uniform: small values are as likely as
     * large orders of magnitude, so most draws are short and some are very long.
     */
    static Gen<Integer> biasedInts(int min, int max) {
        double lo = Math.log(min);
        double hi = Math.log(max + 1.0);
        return r -> Math.min(max, (int) Math.exp(lo + r.nextDouble() * (hi - lo)));
    }

    /** Up to {@code maxLength} characters, each one of {@code chars} (UTF-16 units, so a surrogate pair may be split). */
    static Gen<String> strings(String chars, int maxLength) {
        return r -> {
            int n = r.nextInt(maxLength + 1);
            StringBuilder b = new StringBuilder(n);
            for (int i = 0; i < n; i++)
                b.append(chars.charAt(r.nextInt(chars.length())));
            return b.toString();
        };
    }

    /** Up to {@code maxLength} characters, any UTF-16 unit (lone surrogates, NUL and noncharacters included). */
    static Gen<String> anyStrings(int maxLength) {
        return r -> {
            int n = r.nextInt(maxLength + 1);
            StringBuilder b = new StringBuilder(n);
            for (int i = 0; i < n; i++)
                b.append((char) r.nextInt(Character.MAX_VALUE + 1));
            return b.toString();
        };
    }

    /** Up to {@code maxSize} random bytes. */
    static Gen<byte[]> bytes(int maxSize) {
        return r -> {
            byte[] b = new byte[r.nextInt(maxSize + 1)];
            r.nextBytes(b);
            return b;
        };
    }

    /** The value of {@code gen}, or {@code absent} once in 20 draws. */
    static <T> Gen<T> mostly(Gen<T> gen, T absent) {
        return r -> r.nextInt(20) == 0 ? absent : gen.next(r);
    }

    /**
     * A grammar rule that refers to itself: {@code step} applied 0 to {@code maxDepth} times
     * (the depth uniform from {@code minDepth}) over {@code base}, so nesting stays bounded.
     */
    static <T> Gen<T> recursive(Supplier<Gen<T>> base, Function<Gen<T>, Gen<T>> step, int minDepth, int maxDepth) {
        List<Gen<T>> levels = new ArrayList<>();
        levels.add(base.get());
        for (int depth = 1; depth <= maxDepth; depth++)
            levels.add(step.apply(levels.get(depth - 1)));
        return r -> levels.get(minDepth + r.nextInt(maxDepth - minDepth + 1)).next(r);
    }

    static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> f) {
        return r -> f.apply(a.next(r), b.next(r));
    }

    interface F3<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    static <A, B, C, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, F3<? super A, ? super B, ? super C, ? extends R> f) {
        return r -> f.apply(a.next(r), b.next(r), c.next(r));
    }

    interface F4<A, B, C, D, R> {
        R apply(A a, B b, C c, D d);
    }

    static <A, B, C, D, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d,
                                          F4<? super A, ? super B, ? super C, ? super D, ? extends R> f) {
        return r -> f.apply(a.next(r), b.next(r), c.next(r), d.next(r));
    }
}
