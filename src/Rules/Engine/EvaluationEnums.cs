namespace CdsService.Rules.Engine;

public enum TrastuzumabIndication { Yes, No, Undetermined }

public enum FindingEffect { Resistance, ReducedBenefit, Uncertain }

public enum EvidenceLevel { A, B, C, D, X }

public enum OptionDirection { Supports, Against }

public enum OptionRelevance { Specific, Mechanism, General }

public enum RuleOutcomeKind { Fired, NotFired, NotApplicable }
