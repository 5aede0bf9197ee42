using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Tests.Canonical;

/// <summary>
/// A tiny reader for flat ReLU sums, only so that test tables can be written as text while the real
/// parser is built elsewhere: <c>2σ(x - 1) - 1/3*σ(-x + y) + x - 2</c>. Terms are
/// [number[*]] (variable | σ(affine) | nothing), joined by + and -; it reads the canonical text too.
/// </summary>
internal sealed class ReluText
{
    private readonly string _text;
    private int _at;

    private ReluText(string text) => _text = text;

    public static ReluSum Parse(string text)
    {
        var reader = new ReluText(text);
        var (affine, terms) = reader.ReadSum(allowRelu: true);
        reader.Skip();
        if (reader._at != text.Length)
        {
            throw new FormatException($"Unexpected `{text[reader._at..]}` in `{text}`.");
        }

        return new ReluSum(affine, terms.ToImmutableArray());
    }

    private (AffineForm Affine, List<ReluTerm> Terms) ReadSum(bool allowRelu)
    {
        var linear = new List<LinearTerm>();
        var constant = Fraction.Zero;
        var terms = new List<ReluTerm>();
        var sign = Fraction.One;
        Skip();
        if (Eat('-'))
        {
            sign = Fraction.MinusOne;
        }

        while (true)
        {
            Skip();
            var coefficient = sign;
            var hasNumber = false;
            if (_at < _text.Length && (char.IsDigit(_text[_at]) || _text[_at] == '.'))
            {
                coefficient *= ReadNumber();
                hasNumber = true;
                Skip();
                Eat('*');
                Skip();
            }

            if (allowRelu && Eat('\u03C3')) // σ
            {
                Expect('(');
                var (argument, _) = ReadSum(allowRelu: false);
                Expect(')');
                terms.Add(new ReluTerm(coefficient, argument));
            }
            else if (_at < _text.Length && char.IsLetter(_text[_at]))
            {
                var start = _at;
                while (_at < _text.Length && char.IsLetterOrDigit(_text[_at]))
                {
                    _at++;
                }

                linear.Add(new LinearTerm(_text[start.._at], coefficient));
            }
            else if (hasNumber)
            {
                constant += coefficient;
            }
            else
            {
                throw new FormatException($"A term was expected at {_at} in `{_text}`.");
            }

            Skip();
            if (Eat('+'))
            {
                sign = Fraction.One;
            }
            else if (Eat('-'))
            {
                sign = Fraction.MinusOne;
            }
            else
            {
                return (AffineForm.Create(linear, constant), terms);
            }
        }
    }

    /// <summary>123, 0.5, 1/3 (a slash right after an integer makes a fraction).</summary>
    private Fraction ReadNumber()
    {
        var start = _at;
        while (_at < _text.Length && (char.IsDigit(_text[_at]) || _text[_at] == '.'))
        {
            _at++;
        }

        var value = Fraction.FromString(_text[start.._at], CultureInfo.InvariantCulture);
        if (_at < _text.Length && _text[_at] == '/')
        {
            _at++;
            var denominatorStart = _at;
            while (_at < _text.Length && char.IsDigit(_text[_at]))
            {
                _at++;
            }

            value /= new Fraction(BigInteger.Parse(_text[denominatorStart.._at], CultureInfo.InvariantCulture));
        }

        return value.Reduce();
    }

    private void Skip()
    {
        while (_at < _text.Length && _text[_at] == ' ')
        {
            _at++;
        }
    }

    private bool Eat(char c)
    {
        if (_at < _text.Length && _text[_at] == c)
        {
            _at++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        Skip();
        if (!Eat(c))
        {
            throw new FormatException($"`{c}` was expected at {_at} in `{_text}`.");
        }
    }
}
