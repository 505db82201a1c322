using System.Globalization;

namespace XinxingPortal.Platform.Localization;

/// <summary>
/// A gettext plural rule (<c>nplurals=N; plural=EXPR;</c>) compiled once into a delegate.
/// EXPR is the C subset gettext allows: n, integer literals, parentheses, !, * / %, + -,
/// relational and equality operators, &amp;&amp;, || and a right-associative ?:.
/// </summary>
internal sealed class PluralFormula
{
    private readonly Func<long, long> evaluate;

    private PluralFormula(int count, string expression, Func<long, long> evaluate)
    {
        Count = count;
        Expression = expression;
        this.evaluate = evaluate;
    }

    /// <summary>The Germanic rule gettext assumes when a catalog has no Plural-Forms header.</summary>
    public static PluralFormula Default { get; } = Parse(2, "n != 1");

    /// <summary>nplurals: how many msgstr[i] forms the rule selects between.</summary>
    public int Count { get; }

    public string Expression { get; }

    /// <exception cref="FormatException">The expression is not valid or <paramref name="count"/> is not positive.</exception>
    public static PluralFormula Parse(int count, string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (count < 1)
        {
            throw new FormatException($"nplurals must be at least 1, was {count}.");
        }

        return new PluralFormula(count, expression, new Parser(expression).ParseAll());
    }

    /// <summary>Returns the msgstr index for <paramref name="n"/>, always within [0, Count).</summary>
    public int Evaluate(long n)
    {
        var index = evaluate(n);
        // GNU gettext uses form 0 when a rule yields an index outside nplurals; do the same rather than throw.
        return index >= 0 && index < Count ? (int)index : 0;
    }

    private sealed class Parser(string text)
    {
        // Binary operators from lowest to highest precedence, all left-associative. Within a level the
        // two-character tokens come first so "<=" is not read as "<" followed by a stray "=".
        // The operands are pure and total, so evaluating both sides of && and || matches C's short-circuit result.
        private static readonly (string Token, Func<long, long, long> Apply)[][] Levels =
        [
            [("||", (a, b) => a != 0 || b != 0 ? 1 : 0)],
            [("&&", (a, b) => a != 0 && b != 0 ? 1 : 0)],
            [("==", (a, b) => a == b ? 1 : 0), ("!=", (a, b) => a != b ? 1 : 0)],
            [("<=", (a, b) => a <= b ? 1 : 0), (">=", (a, b) => a >= b ? 1 : 0),
             ("<", (a, b) => a < b ? 1 : 0), (">", (a, b) => a > b ? 1 : 0)],
            [("+", (a, b) => unchecked(a + b)), ("-", (a, b) => unchecked(a - b))],
            // Division by zero is undefined in C; yielding 0 keeps a bad rule from crashing a page render.
            [("*", (a, b) => unchecked(a * b)), ("/", (a, b) => b == 0 ? 0 : a / b), ("%", (a, b) => b == 0 ? 0 : a % b)],
        ];

        private int position;

        public Func<long, long> ParseAll()
        {
            var result = Ternary();
            SkipWhitespace();
            if (position < text.Length)
            {
                throw Error($"unexpected '{text[position]}'");
            }

            return result;
        }

        private Func<long, long> Ternary()
        {
            var condition = Binary(0);
            if (!Accept("?"))
            {
                return condition;
            }

            // Recursing into Ternary for both branches is what makes a ? b : c ? d : e group to the right.
            var whenTrue = Ternary();
            Expect(":");
            var whenFalse = Ternary();
            return n => condition(n) != 0 ? whenTrue(n) : whenFalse(n);
        }

        private Func<long, long> Binary(int level)
        {
            if (level == Levels.Length)
            {
                return Unary();
            }

            var left = Binary(level + 1);
            while (Levels[level].FirstOrDefault(op => Accept(op.Token)) is { Apply: { } apply })
            {
                var (l, r) = (left, Binary(level + 1));
                left = n => apply(l(n), r(n));
            }

            return left;
        }

        private Func<long, long> Unary()
        {
            if (Accept("!"))
            {
                var operand = Unary();
                return n => operand(n) == 0 ? 1 : 0;
            }

            if (Accept("("))
            {
                var inner = Ternary();
                Expect(")");
                return inner;
            }

            if (Accept("n"))
            {
                return n => n;
            }

            var start = position;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }

            if (start == position)
            {
                throw Error(position < text.Length ? $"unexpected '{text[position]}'" : "unexpected end of expression");
            }

            if (!long.TryParse(text.AsSpan(start, position - start), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                throw Error("integer literal is too large");
            }

            return _ => value;
        }

        private bool Accept(string token)
        {
            SkipWhitespace();
            if (string.CompareOrdinal(text, position, token, 0, token.Length) != 0)
            {
                return false;
            }

            position += token.Length;
            return true;
        }

        private void Expect(string token)
        {
            if (!Accept(token))
            {
                throw Error($"expected '{token}'");
            }
        }

        private void SkipWhitespace()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        private FormatException Error(string message) =>
            new($"Invalid plural expression \"{text}\" at position {position + 1}: {message}.");
    }
}
