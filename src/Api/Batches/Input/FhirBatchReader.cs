namespace CdsService.Api.Batches.Input;

using System.Text;
using CdsService.Fhir;
using CdsService.Fhir.Inbound;

/// <summary>
/// A FHIR R4 Bundle (any type) or a Parameters holding one, with several Patients and their Observations: one row
/// per Patient, numbered in the order the Patients appear. Each patient is judged by the FHIR mapping of
/// POST /fhir/$evaluate; a patient it refuses (an ECD in U/mL) is a row error and the others go ahead.
/// </summary>
public static class FhirBatchReader
{
    public const string Format = "fhir";

    /// <summary>Input notes kept as batch warnings; a large Bundle of unrelated resources must not flood the status.</summary>
    public const int MaxWarnings = 50;

    public static ParsedBatch Read(ReadOnlyMemory<byte> body, int maxRows)
    {
        TextCheck.EnsureUtf8Text(body, "FHIR JSON");
        PatientSplit split;
        try
        {
            split = PatientPanelMapper.MapPerPatient(Encoding.UTF8.GetString(body.Span).TrimStart('\uFEFF'));
        }
        catch (FhirInputException e)
        {
            throw new BatchInputException(e.Message, e);
        }

        // Without Patient resources the mapping groups Observations by their subject reference, which names no
        // patient a board could recognise; a batch needs the Patients themselves.
        var patients = split.Patients.Where(p => p.Patient is not null).ToList();
        if (patients.Count == 0)
            throw new BatchInputException("The Bundle holds no Patient resource: a FHIR batch needs one Patient per patient, with Observations whose subject refers to it.");
        if (patients.Count > maxRows)
            throw new BatchInputException($"The Bundle has more than {maxRows} patients; split it into several batches.", StatusCodes.Status413PayloadTooLarge);

        var rows = patients.Select((mapping, i) => Row(i + 1, mapping)).ToList();
        return new ParsedBatch(Format, rows, Warnings(patients, split));
    }

    private static ParsedRow Row(int row, MappingResult mapping)
    {
        var patientId = mapping.Panel.PatientId;
        if (mapping.HasErrors)
        {
            return new ParsedRow(row, null, mapping.Errors.Select(e => new RowError(row, null, Field(e.Field), Message(e))).Distinct().ToList())
            {
                PatientId = patientId,
            };
        }

        // $evaluate would answer "HER2 unknown" for such a patient; in a cohort that reads like a result, so the
        // row is refused the way an empty REST panel is.
        if (mapping.Panel.InputsGiven().Count == 0)
        {
            return new ParsedRow(row, null, [new RowError(row, null, null, "No Observation of this Patient gives a marker the service reads.")]) { PatientId = patientId };
        }

        return new ParsedRow(row, null, []) { Panel = mapping.Panel, PatientId = patientId };
    }

    private static string? Field(string field) => field.Length is 0 or > 128 ? null : field;

    private static string Message(MappingIssue issue)
    {
        var message = issue.Reference is null ? issue.Message : $"{issue.Message} ({issue.Reference})";
        return message.Length <= 1024 ? message : message[..1021] + "...";
    }

    private static List<string> Warnings(List<MappingResult> patients, PatientSplit split)
    {
        var notes = split.InputWarnings.Select(w => $"Input {w.Field}: {w.Message}")
            .Concat(patients.SelectMany((p, i) => p.Warnings.Select(w => $"Row {i + 1} ({p.Panel.PatientId ?? "no id"}): {w.Field}: {w.Message}")))
            .Concat(split.Unassigned.Select(o => $"Observation {o.Reference} ignored: {o.Reason}."))
            .ToList();
        return notes.Count <= MaxWarnings ? notes : [.. notes.Take(MaxWarnings), $"... and {notes.Count - MaxWarnings} more notes on the input."];
    }
}
