namespace CdsService.Rules.Model;

public enum PtenStatus { Intact, Loss }

public enum Pik3caStatus { WildType, Mutated }

public enum CyclinEStatus { Normal, Amplified, Overexpressed }

/// <summary>FCGR3A codon 158 genotype (V = valine, F = phenylalanine).</summary>
public enum Fcgr3a158Genotype { VV, VF, FF }

/// <summary>FCGR2A codon 131 genotype (H = histidine, R = arginine).</summary>
public enum Fcgr2a131Genotype { HH, HR, RR }

public enum P95Her2Status { Present, Absent }

/// <summary>Receptor or mucin expression: EGFR, ErbB3, IGF-1R, Muc4, CD44.</summary>
public enum ExpressionLevel { Normal, Overexpressed }

public enum SrcActivity { Normal, Activated }

public enum P27Localization { Nuclear, Cytoplasmic, Low }

/// <summary>
/// Course on trastuzumab. The review separates primary (de novo) resistance, a lack of response from the start, from
/// acquired (secondary) resistance after an initial response (Introduction); plain <see cref="Progressed"/> does not
/// say which.
/// </summary>
public enum TrastuzumabHistory { Naive, Responding, ProgressedAfterResponse, NoResponse, Progressed }

/// <summary>The laboratory's classification of a variant (ACMG/AMP five-tier terms).</summary>
public enum VariantClassification { Pathogenic, LikelyPathogenic, Uncertain, LikelyBenign, Benign }
