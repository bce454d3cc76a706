using System.Globalization;
using Jixiao.Goals;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jixiao.Data.Persistence;

/// <summary>Stores a decimal as its invariant text, keeping its scale exactly.</summary>
internal sealed class DecimalText() : ValueConverter<decimal, string>(
    value => value.ToString(CultureInfo.InvariantCulture),
    text => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture));

/// <summary>Stores 分值 as the invariant text of its points.</summary>
internal sealed class WeightText() : ValueConverter<Weight, string>(
    weight => weight.Points.ToString(CultureInfo.InvariantCulture),
    text => new Weight(decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture)));
