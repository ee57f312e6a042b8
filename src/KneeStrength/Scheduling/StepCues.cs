using System;
using System.Buffers;
using System.Globalization;
using KneeStrength.Text;

namespace KneeStrength.Scheduling;

// <summary>The words a coach would say for each step, in one place.</summary>
// <remarks>
// A cue is written into a <see cref="CueText"/>, so that an export writing hundreds of cues can put them side by side
// in one buffer; <see cref="For"/> makes the string <see cref="TimedStep.Cue"/> returns.
// </remarks>
internal static class StepCues
{
    internal static string For(in TimedStep step)
    {
        var text = new CueText(stackalloc char[256]);
        try
        {
            Write(step, ref text);
            return text.Written.ToString();
        }
        finally
        {
            text.Dispose();
        }
    }

    // <summary>Appends the cue of a step.</summary>
    internal static void Write(in TimedStep step, ref CueText text)
    {
        string name = step.ExerciseName ?? "the session";
        switch (step.Kind)
        {
            case StepKind.GetReady:
                text.Append("Get ready: ");
                text.Append(name);
                text.Append(" first.");
                break;
            case StepKind.Setup:
                text.Append("Set up for ");
                text.Append(name);
                text.Append(": ");
                Setting(step, ref text);
                text.Append(".");
                break;
            case StepKind.Transition:
                text.Append("Next up: ");
                text.Append(name);
                text.Append(".");
                break;
            case StepKind.SwitchSide:
                text.Append("Switch to the ");
                text.Append(SideWord(step.Side));
                text.Append(" ");
                text.Append(Limb(step));
                text.Append(".");
                break;
            case StepKind.ChangeDirection:
                text.Append("Turn 45 degrees: ");
                text.AppendDirection(step.Direction ?? string.Empty, capitalize: false);
                text.Append(" next.");
                break;
            case StepKind.Rest when step.IsInCircuit:
                text.Append("Rest. Round ");
                text.Append(step.Set);
                text.Append(" next, starting with ");
                text.Append(name);
                text.Append(".");
                break;
            case StepKind.Rest:
                text.Append("Rest. Set ");
                text.Append(step.Set);
                text.Append(" of ");
                text.Append(name);
                text.Append(" next.");
                break;
            case StepKind.Hold when step.Exercise?.Category == ExerciseCategory.Activity && step.Side is null && step.Direction is null:
                // "Easy cycling for 5 min, at an easy pace."
                text.Append(name);
                text.Append(step.IsOpen ? " for as long as you like, about " : " for ");
                text.Append(DurationText.Format(TimeSpan.FromSeconds(step.Amount)));
                text.Append(".");
                Effort(step, ref text);
                break;
            case StepKind.Hold:
                text.Append(Prefix(step, ref text) ? "hold " : "Hold ");
                if (step.IsOpen)
                {
                    text.Append("as long as you can, about ");
                }

                text.Append(step.Amount);
                text.Append(" s.");
                Effort(step, ref text);
                break;
            default:
                bool prefixed = Prefix(step, ref text);
                if (step.IsOpen)
                {
                    text.Append(prefixed ? "as many " : "As many ");
                    text.Append(Pace(step.TempoMilliseconds));
                    text.Append("reps as you can, about ");
                    text.Append(step.Amount);
                    text.Append(step.HoldEachSeconds > 0 ? ", holding " : ".");
                    if (step.HoldEachSeconds > 0)
                    {
                        text.Append(step.HoldEachSeconds);
                        text.Append(" s on each.");
                    }

                    Effort(step, ref text);
                    break;
                }

                text.Append(step.Amount);
                text.Append(" ");
                text.Append(Pace(step.TempoMilliseconds));
                text.Append(step.Amount == 1 ? "rep" : "reps");
                if (step.HoldEachSeconds > 0)
                {
                    text.Append(", holding ");
                    text.Append(step.HoldEachSeconds);
                    text.Append(step.Amount == 1 ? " s." : " s on each.");
                }
                else
                {
                    text.Append(".");
                }

                Effort(step, ref text);
                break;
        }
    }

    // <summary>Appends the target effort of a work or hold step: <c> Aim for RPE 7.</c> or <c> Stop with 2 reps in reserve.</c></summary>
    private static void Effort(in TimedStep step, ref CueText text)
    {
        if (step.Effort is not KneeStrength.Effort effort)
        {
            return;
        }

        if (effort.Scale == EffortScale.Rpe)
        {
            text.Append(" Aim for RPE ");
            text.Append(effort.Value);
            text.Append(" of 10.");
        }
        else
        {
            text.Append(" Stop with ");
            text.Append(effort.Value);
            text.Append(effort.Value == 1 ? " rep in reserve." : " reps in reserve.");
        }
    }

    // <summary>Writes <c>Left leg, forward: </c>, or as much of it as the step has; false when it has neither.</summary>
    private static bool Prefix(in TimedStep step, ref CueText text)
    {
        string? direction = step.Direction;
        if (step.Side is null)
        {
            if (!string.IsNullOrEmpty(direction))
            {
                text.AppendDirection(direction, capitalize: true);
                text.Append(": ");
                return true;
            }

            return false;
        }

        text.AppendCapitalized(SideWord(step.Side));
        text.Append(" ");
        text.Append(Limb(step));
        if (!string.IsNullOrEmpty(direction))
        {
            text.Append(", ");
            text.AppendDirection(direction, capitalize: false);
        }

        text.Append(": ");
        return true;
    }

    private static void Setting(in TimedStep step, ref CueText text)
    {
        var equipment = step.Variation?.Equipment ?? step.Exercise?.Equipment;
        var position = step.Variation?.Position ?? step.Exercise?.Position ?? BodyPosition.Standing;
        string where = position switch
        {
            BodyPosition.SideLying => "lie on your side",
            BodyPosition.Supine => "lie on your back",
            BodyPosition.Seated => "sit on the floor",
            BodyPosition.OnStep => "stand at the step",
            BodyPosition.OnBosu => "stand on the Bosu",
            BodyPosition.Prone => "lie face down",
            BodyPosition.Kneeling => "kneel on a soft surface",
            BodyPosition.AllFours => "get on your hands and knees",
            BodyPosition.SeatedOnChair => "sit on a sturdy chair",
            _ => "stand up",
        };
        if (equipment is not null)
        {
            for (int i = 0; i < equipment.Count; i++)
            {
                // "Step (stair, chair or other sturdy raised surface)" is said as "Step".
                string equipmentName = equipment[i].Name;
                int paren = equipmentName.IndexOf(" (", StringComparison.Ordinal);
                text.Append(i == 0 ? string.Empty : i == equipment.Count - 1 ? " and " : ", ");
                text.Append(paren > 0 ? equipmentName.AsSpan(0, paren) : equipmentName);
                if (step.Setting is { } setting && setting.Equipment == equipment[i])
                {
                    text.Append(" (");
                    if (setting.Kind == EquipmentSettingKind.StepHeight)
                    {
                        text.Append(setting.StepHeightCentimetres);
                        text.Append(" cm high");
                    }
                    else
                    {
                        string level = setting.Resistance is BandResistance r ? EquipmentSetting.LevelWord(r) : string.Empty;
                        text.Append(level);
                        text.Append(level.Length > 0 && setting.Colour is not null ? ", " : string.Empty);
                        text.Append(setting.Colour ?? string.Empty);
                    }

                    text.Append(")");
                }
            }

            if (equipment.Count > 0)
            {
                text.Append(", ");
            }
        }

        text.Append(where);
    }

    // Side-lying work and stretches are named by the side of the body; other work by the leg that moves.
    private static string Limb(in TimedStep step)
    {
        var position = step.Variation?.Position ?? step.Exercise?.Position ?? BodyPosition.Standing;
        return position is BodyPosition.SideLying || step.Exercise?.Category is ExerciseCategory.Stretch or ExerciseCategory.Mobility ? "side" : "leg";
    }

    // <summary>The word for the tempo the step was planned with: 3 s or more per repetition is slow, 1 s or less quick.</summary>
    private static string Pace(int tempoMilliseconds) => tempoMilliseconds switch
    {
        >= 3000 => "slow ",
        > 0 and <= 1000 => "quick ",
        _ => string.Empty,
    };

    private static string SideWord(Side? side) => side == Side.Right ? "right" : "left";
}

// <summary>
// Characters appended to a caller's buffer, growing into a pooled array when they outgrow it. Dispose it to return
// the array.
// </summary>
internal ref struct CueText
{
    private Span<char> _chars;
    private char[]? _rented;
    private int _length;

    public CueText(Span<char> initial)
    {
        _chars = initial;
        _rented = null;
        _length = 0;
    }

    // <summary>Gets the characters written so far.</summary>
    public readonly ReadOnlySpan<char> Written => _chars[.._length];

    // <summary>Gets or sets how many characters are written; setting it lower forgets the rest.</summary>
    public int Length
    {
        readonly get => _length;
        set => _length = value;
    }

    public void Append(scoped ReadOnlySpan<char> text)
    {
        Ensure(text.Length);
        text.CopyTo(_chars[_length..]);
        _length += text.Length;
    }

    public void Append(int value)
    {
        Ensure(11);
        value.TryFormat(_chars[_length..], out int written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    // <summary>Appends a slug direction such as <c>forward-diagonal</c> as words, <c>forward diagonal</c>.</summary>
    public void AppendDirection(string direction, bool capitalize)
    {
        int start = _length;
        Append(direction);
        _chars[start.._length].Replace('-', ' ');
        if (capitalize && _length > start)
        {
            _chars[start] = char.ToUpperInvariant(_chars[start]);
        }
    }

    public void AppendCapitalized(string text)
    {
        int start = _length;
        Append(text);
        if (_length > start)
        {
            _chars[start] = char.ToUpperInvariant(_chars[start]);
        }
    }

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }

    private void Ensure(int more)
    {
        if (_chars.Length - _length >= more)
        {
            return;
        }

        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + more));
        _chars[.._length].CopyTo(bigger);
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
        }

        _rented = bigger;
        _chars = bigger;
    }
}
