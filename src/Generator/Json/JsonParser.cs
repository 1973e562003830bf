using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace Spoke.Generator.Json;

/// <summary>
/// A small strict JSON parser that keeps positions. The generator runs inside the compiler on netstandard2.0, where
/// System.Text.Json would have to be shipped beside the analyzer; this keeps the package to one dll and gives diagnostics
/// exact file positions.
/// </summary>
internal sealed class JsonParser
{
    // Snapshots are at most a few levels deep; a limit keeps hostile input from exhausting the compiler's stack.
    private const int MaxDepth = 64;

    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private int _position;
    private int _depth;

    private JsonParser(string text, CancellationToken cancellationToken)
    {
        _text = text;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Parses a whole document.</summary>
    /// <exception cref="JsonParseException">The text is not valid JSON.</exception>
    /// <exception cref="System.OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static JsonValue Parse(string text, CancellationToken cancellationToken)
    {
        var parser = new JsonParser(text, cancellationToken);
        parser.SkipWhitespace();
        if (parser._position == 0 && text.Length > 0 && text[0] == '\uFEFF')
        {
            parser._position = 1;
            parser.SkipWhitespace();
        }

        var value = parser.ParseValue();
        parser.SkipWhitespace();
        if (parser._position < text.Length)
        {
            throw new JsonParseException("Unexpected text after the end of the JSON document.", parser._position);
        }

        return value;
    }

    private JsonValue ParseValue()
    {
        if (_position >= _text.Length)
        {
            throw new JsonParseException("Unexpected end of file; the JSON document is incomplete.", _position);
        }

        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ParseObject();
            case '[':
                return ParseArray();
            case '"':
                var start = _position;
                var text = ParseString();
                return new JsonValue(JsonKind.String, start, _position - start, text);
            case 't':
                return ParseLiteral("true", JsonKind.True);
            case 'f':
                return ParseLiteral("false", JsonKind.False);
            case 'n':
                return ParseLiteral("null", JsonKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ParseNumber();
                }

                throw new JsonParseException($"Unexpected character '{Printable(c)}'; expected a JSON value.", _position);
        }
    }

    private JsonValue ParseObject()
    {
        var start = _position;
        Enter();
        _position++;
        var members = new List<KeyValuePair<string, JsonValue>>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            _depth--;
            return new JsonValue(JsonKind.Object, start, _position - start, members: members);
        }

        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw new JsonParseException("Expected a property name in double quotes.", _position);
            }

            var name = ParseString();
            SkipWhitespace();
            Expect(':', "Expected ':' after a property name.");
            SkipWhitespace();
            members.Add(new KeyValuePair<string, JsonValue>(name, ParseValue()));
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == '}')
            {
                break;
            }

            if (next != ',')
            {
                throw new JsonParseException("Expected ',' or '}' after an object member.", _position - 1);
            }
        }

        _depth--;
        return new JsonValue(JsonKind.Object, start, _position - start, members: members);
    }

    private JsonValue ParseArray()
    {
        var start = _position;
        Enter();
        _position++;
        var items = new List<JsonValue>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            _depth--;
            return new JsonValue(JsonKind.Array, start, _position - start, items: items);
        }

        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            SkipWhitespace();
            items.Add(ParseValue());
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == ']')
            {
                break;
            }

            if (next != ',')
            {
                throw new JsonParseException("Expected ',' or ']' after an array item.", _position - 1);
            }
        }

        _depth--;
        return new JsonValue(JsonKind.Array, start, _position - start, items: items);
    }

    private string ParseString()
    {
        var start = _position;
        _position++;
        StringBuilder? builder = null;
        var runStart = _position;
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw new JsonParseException("Unterminated string.", start);
            }

            var c = _text[_position];
            if (c == '"')
            {
                var run = _text.Substring(runStart, _position - runStart);
                _position++;
                return builder is null ? run : builder.Append(run).ToString();
            }

            if (c < ' ')
            {
                throw new JsonParseException("Control character in a string; it must be escaped.", _position);
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            builder ??= new StringBuilder();
            builder.Append(_text, runStart, _position - runStart);
            builder.Append(ParseEscape());
            runStart = _position;
        }
    }

    private char ParseEscape()
    {
        var escapeStart = _position;
        _position++;
        if (_position >= _text.Length)
        {
            throw new JsonParseException("Unterminated escape sequence.", escapeStart);
        }

        var c = _text[_position++];
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (_position + 4 > _text.Length
                    || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    throw new JsonParseException("Invalid \\u escape; expected four hex digits.", escapeStart);
                }

                _position += 4;
                return (char)code;
            default:
                throw new JsonParseException($"Invalid escape sequence '\\{Printable(c)}'.", escapeStart);
        }
    }

    private JsonValue ParseNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        var digits = SkipDigits();
        if (digits == 0)
        {
            throw new JsonParseException("Invalid number.", start);
        }

        if (Peek() == '.')
        {
            _position++;
            if (SkipDigits() == 0)
            {
                throw new JsonParseException("Invalid number: expected digits after '.'.", start);
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-')
            {
                _position++;
            }

            if (SkipDigits() == 0)
            {
                throw new JsonParseException("Invalid number: expected digits in the exponent.", start);
            }
        }

        return new JsonValue(JsonKind.Number, start, _position - start, _text.Substring(start, _position - start));
    }

    private JsonValue ParseLiteral(string literal, JsonKind kind)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw new JsonParseException($"Unexpected text; expected '{literal}' or another JSON value.", _position);
        }

        var start = _position;
        _position += literal.Length;
        return new JsonValue(kind, start, literal.Length);
    }

    private int SkipDigits()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }

        return _position - start;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\r' or '\n')
        {
            _position++;
        }
    }

    private char Peek()
    {
        if (_position >= _text.Length)
        {
            throw new JsonParseException("Unexpected end of file; the JSON document is incomplete.", _position);
        }

        return _text[_position];
    }

    private void Expect(char expected, string message)
    {
        if (Peek() != expected)
        {
            throw new JsonParseException(message, _position);
        }

        _position++;
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new JsonParseException($"JSON nested deeper than {MaxDepth} levels.", _position);
        }
    }

    private static string Printable(char c) => c < ' ' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();
}
