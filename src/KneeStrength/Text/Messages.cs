using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Text;

namespace KneeStrength.Text;

// <summary>
// The message tables (<c>Text/Resources/Messages*.resx</c>: English in the library, German, Spanish and French in
// satellite assemblies) and the one way a message is filled in: named placeholders such as <c>{pain}</c>, each value
// written in the words' culture. A template is parsed once per language and kept.
// </summary>
internal static class Messages
{
    private static readonly ResourceManager Table = new("KneeStrength.Text.Resources.Messages", typeof(Messages).Assembly);

    private static readonly ConcurrentDictionary<(string Key, string Language), Template> Templates = new();

    // <summary>The message <paramref name="key"/> in <paramref name="culture"/>'s language (English when it has none).</summary>
    internal static string Get(string key, CultureInfo culture) =>
        Table.GetString(key, culture) ?? throw new MissingManifestResourceException($"The message '{key}' is missing from the library's English table.");

    // <summary>The message with its placeholders filled in.</summary>
    internal static string Format(string key, KneeText words, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        var template = Templates.GetOrAdd((key, words.Language), static (k, culture) => Template.Parse(k.Key, Get(k.Key, culture)), words.Culture);
        return template.Fill(values, words);
    }

    // <summary>A message split at its placeholders.</summary>
    private sealed class Template
    {
        private readonly string[] _parts;

        private Template(string[] parts) => _parts = parts;

        // Parts alternate: text, placeholder name, text, ... ending with text. "{{" and "}}" are literal braces.
        internal static Template Parse(string key, string text)
        {
            var parts = new System.Collections.Generic.List<string>();
            var literal = new StringBuilder();
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
                {
                    literal.Append(c);
                    i++;
                }
                else if (c == '{')
                {
                    int end = text.IndexOf('}', i + 1);
                    if (end < 0)
                    {
                        throw new FormatException($"The message '{key}' opens a placeholder it does not close: {text}");
                    }

                    parts.Add(literal.ToString());
                    literal.Clear();
                    parts.Add(text[(i + 1)..end]);
                    i = end;
                }
                else
                {
                    literal.Append(c);
                }
            }

            parts.Add(literal.ToString());
            return new Template([.. parts]);
        }

        internal string Fill(ReadOnlySpan<(string Name, object? Value)> values, KneeText words)
        {
            if (_parts.Length == 1)
            {
                return _parts[0];
            }

            var text = new StringBuilder();
            for (int i = 0; i < _parts.Length; i++)
            {
                if (i % 2 == 0)
                {
                    text.Append(_parts[i]);
                    continue;
                }

                string name = _parts[i];
                bool found = false;
                foreach (var (n, value) in values)
                {
                    if (n == name)
                    {
                        text.Append(words.Value(value));
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    throw new FormatException($"A message has the placeholder {{{name}}}, which nothing fills.");
                }
            }

            return text.ToString();
        }
    }
}
