using System;
using System.Collections.Generic;
using System.Globalization;
using KneeStrength.Coaching;
using KneeStrength.Tracking;

namespace KneeStrength.Text;

// <summary>The coach's facts in words: a judgement's reason and each kind of decision's.</summary>
internal static class CoachingWords
{
    internal static string Reason(Judgement j, KneeText words) => Reason(j, words, provisional: true);

    // <summary>A judgement's reason; without what a provisional verdict waits for when <paramref name="provisional"/> is false.</summary>
    private static string Reason(Judgement j, KneeText words, bool provisional)
    {
        var log = j.Log;
        var rules = j.Rules;
        var facts = new List<string>(j.BrokenRules.Count);
        foreach (var rule in j.BrokenRules)
        {
            facts.Add(rule switch
            {
                CoachingRule.SeverePain => words.Say("judgement.fact.severe", ("pain", PainRules.MaxPain(log)), ("severeAt", rules.SevereAt)),
                CoachingRule.SharpPain => words.Say("judgement.fact.sharp"),
                CoachingRule.NextMorning => words.Say("judgement.fact.nextMorning", ("pain", log.PainNextMorning), ("reference", Reference(j, words))),
                CoachingRule.RunningPain => words.Say("judgement.fact.running", ("pain", log.Run?.Pain), ("acceptable", rules.AcceptableDuring)),
                CoachingRule.PainDuring => words.Say("judgement.fact.during", ("pain", log.PainDuring), ("acceptable", rules.AcceptableDuring)),
                _ => words.Say("judgement.fact.settling", ("pain", log.PainAfter), ("reference", Reference(j, words))),
            });
        }

        string reason;
        if (facts.Count > 0)
        {
            reason = Sentence(facts[0], words);
            if (j.Verdict == Verdict.Mixed && j.BrokenRules[0] == CoachingRule.PainDuring)
            {
                reason += " " + words.Say("judgement.calmMorningWeighsMore");
            }

            if (facts.Count > 1)
            {
                reason += " " + words.Say("judgement.also", ("facts", string.Join(words.Say("judgement.also.separator"), facts.GetRange(1, facts.Count - 1))));
            }
        }
        else
        {
            reason = j.Verdict switch
            {
                Verdict.Neutral => words.Say("judgement.neutral"),
                Verdict.Missing when !log.HasSession || log.Completion == SessionCompletion.None => words.Say("judgement.notDone"),
                Verdict.Missing => words.Say("judgement.notLogged"),
                Verdict.Mixed when log.Completion == SessionCompletion.Partial => words.Say("judgement.partial"),
                Verdict.Mixed => words.Say("judgement.aboveTarget", ("pain", log.PainDuring), ("target", rules.TargetDuring)),
                _ when j.IsProvisional => words.Say("judgement.calmProvisional", ("pain", log.PainDuring)),
                _ => words.Say("judgement.calm", ("pain", log.PainDuring)),
            };
        }

        if (provisional && j.IsProvisional)
        {
            int threshold = j.ReferenceScore + rules.MorningTolerance;
            reason += " " + words.Say(
                j.Verdict == Verdict.Broken && j.Rule == CoachingRule.PainDuring ? "judgement.provisional.hold" : "judgement.provisional.easier",
                ("threshold", threshold));
        }

        return reason;
    }

    internal static string Reason(Decision d, KneeText words)
    {
        switch (d.Kind)
        {
            case DecisionKind.Prescription:
                return words.Say("decision.prescription");
            case DecisionKind.ProgramEnded:
                return words.Say("decision.programEnded", ("date", d.Date));
            case DecisionKind.AdvancePhase:
                return d.RunPain is int run
                    ? words.Say("decision.advancePhase.run", ("date", d.Date), ("pain", run), ("acceptable", d.PainLimit), ("phase", Phase(d, words)), ("from", d.PhaseStart))
                    : words.Say("decision.advancePhase", ("date", d.Date), ("phase", Phase(d, words)), ("from", d.PhaseStart));
            case DecisionKind.SeeClinician:
                return d.Judgement is { } seen && Broke(seen, CoachingRule.SharpPain) && !Broke(seen, CoachingRule.SeverePain)
                    ? words.Say("decision.seeClinician.sharp", ("date", d.Date))
                    : words.Say("decision.seeClinician.severe", ("date", d.Date), ("severeAt", d.PainLimit));
            case DecisionKind.Progress or DecisionKind.Hold or DecisionKind.Regress:
                return Level(d, words);
            case DecisionKind.ProposeReturnToTreatment:
                return d.RunPain is int pain
                    ? words.Say("decision.returnToTreatment.run", ("date", d.Date), ("pain", pain), ("acceptable", d.PainLimit))
                    : words.Say("decision.returnToTreatment", ("judgement", Reason(d.Judgement!, words, provisional: false)));
            case DecisionKind.LeaveOut:
                return d.Cause switch
                {
                    DecisionCause.MissingEquipment => words.Say("decision.leaveOut.omitted", ("form", Form(d, words)), ("omission", words.Omission(d.Omission!.MissingEquipment))),
                    DecisionCause.HopsFirst => words.Say("decision.leaveOut.hops", ("form", Form(d, words))),
                    _ => words.Say("decision.leaveOut.level", ("form", Form(d, words))),
                };
            case DecisionKind.BringBack:
                return words.Say("decision.bringBack", ("form", Form(d, words)), ("dosage", d.DosageAfter));
            case DecisionKind.ScaleUp or DecisionKind.ScaleDown:
                return words.Say(
                    d.Cause == DecisionCause.SessionMinutes ? "decision.scale.minutes" : "decision.scale",
                    ("form", Form(d, words)),
                    ("before", d.DosageBefore),
                    ("after", d.DosageAfter));
            case DecisionKind.ShortestSession:
                return words.Say("decision.shortestSession", ("budget", d.SessionBudget), ("shortest", d.ShortestSession));
            default:
                return d.NextSession is DateOnly next
                    ? words.Say("decision.restDay", ("day", words.DayAndDate(d.Date!.Value)), ("phase", Phase(d, words)), ("next", words.DayAndDate(next)))
                    : words.Say("decision.restDay.last", ("day", words.DayAndDate(d.Date!.Value)), ("phase", Phase(d, words)));
        }
    }


    private static string Level(Decision d, KneeText words)
    {
        var j = d.Judgement!;
        string judgement = Reason(j, words);
        int before = d.LevelBefore ?? 0, after = d.LevelAfter ?? 0;
        int steps = before - after;
        return d.Kind switch
        {
            DecisionKind.Progress when after <= 0 => words.Say("decision.progress.towardPrescription", ("judgement", judgement)),
            DecisionKind.Progress => words.Say("decision.progress", ("judgement", judgement), ("needed", d.CalmSessionsToProgress)),
            DecisionKind.Regress when steps == 1 => words.Say("decision.regress.one", ("judgement", judgement)),
            DecisionKind.Regress when steps > 1 => words.Say("decision.regress.many", ("judgement", judgement), ("steps", steps)),
            DecisionKind.Regress => words.Say("decision.regress.none", ("judgement", judgement)),
            _ when d.CalmSessions is int streak => words.Say("decision.hold.calm", ("judgement", judgement), ("streak", streak), ("needed", d.CalmSessionsToProgress)),
            _ => words.Say("decision.hold", ("judgement", judgement)),
        };
    }

    private static string Reference(Judgement j, KneeText words) => j.Reference switch
    {
        PainReference.MorningBefore => words.Say("judgement.reference.morning", ("pain", j.MorningBefore)),
        PainReference.BeforeSession => words.Say("judgement.reference.before", ("pain", j.MorningBefore)),
        _ => words.Say("judgement.reference.target", ("target", j.Rules.TargetDuring)),
    };

    private static string Phase(Decision d, KneeText words) => d.Phase is { } phase ? words.PhaseName(phase) : string.Empty;

    private static string Form(Decision d, KneeText words) => words.FormName(d.Exercise!, d.Variation);

    private static bool Broke(Judgement judgement, CoachingRule rule)
    {
        foreach (var broken in judgement.BrokenRules)
        {
            if (broken == rule)
            {
                return true;
            }
        }

        return false;
    }

    private static string Sentence(string fact, KneeText words) => words.Capitalized(fact) + ".";
}
