using System.Text.Json.Serialization;

namespace MiniGo.Escape;

/// <summary>What <c>minigo escape --format json</c> prints: the batches of the location graph and
/// the -m messages as text.</summary>
public sealed record EscapeGraphJson(List<EscapeGraphBatch> Batches, List<string> Messages);

/// <summary>
/// The JSON serializer for <see cref="EscapeGraphJson"/>, generated at compile time. Reflection-based
/// serialization is not trim-safe: in the Native AOT build the properties it would look up at run
/// time may have been removed. The generator writes the code for each record instead, with the
/// same options as before (indented, camelCase names, nulls left out).
/// </summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EscapeGraphJson))]
internal sealed partial class GraphJsonContext : JsonSerializerContext
{
}
