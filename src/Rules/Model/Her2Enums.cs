namespace CdsService.Rules.Model;

/// <summary>HER2 immunohistochemistry score (ASCO/CAP 2018): 0, 1+, 2+, 3+.</summary>
public enum IhcScore { Zero, One, Two, Three }

/// <summary>In situ hybridisation assay design.</summary>
public enum IshAssay { DualProbe, SingleProbe }

/// <summary>HER2 status vocabulary of docs/clinical-rules.md.</summary>
public enum Her2Status { Positive, Negative, Equivocal, Pending, Indeterminate, Unknown }
