import { WorkflowPanel as WorkflowPanel_62a017c06f1e6303e8357ab4fdec4930 } from '@/components/workflow/WorkflowPanel'
import { FallbackTitleCell as FallbackTitleCell_cd486d7ac517ae9ca58eb18197de0329 } from '@/admin/cells/FallbackTitleCell'
import { EnglishSource as EnglishSource_4815b087642b9155be346c6c8fc8dac9 } from '@/admin/fields/EnglishSource'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlockTripleClickFeatureClient as BlockTripleClickFeatureClient_50b0499b427b9de35af18172b2091b15 } from '@/components/editor/BlockTripleClickFeatureClient'
import { ClaimHighlightsFeatureClient as ClaimHighlightsFeatureClient_9b32a85a805494576051402ccaf2f160 } from '@/components/medical/claimHighlights/ClaimHighlightsFeatureClient'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockContentDiff as BlockContentDiff_919c5bb7cd3a1d19411f8930d9540454 } from '@/admin/diff/BlockContentDiff'
import { StateCell as StateCell_2a3d6ba80cdb5f87fb8257c2d818841c } from '@/components/workflow/StateCell'
import { HiddenDiff as HiddenDiff_c0d8863d151db130e35d76cd12f298b3 } from '@/admin/diff/HiddenDiff'
import { ReviewCell as ReviewCell_82a3cd220e6112df368aef00468c473b } from '@/admin/cells/ReviewCell'
import { BlockingCell as BlockingCell_8211347ac29f5eb81dcf7295a3fac7f2 } from '@/admin/cells/BlockingCell'
import { ClaimsPanel as ClaimsPanel_a22ce24d70810358278abdebdd17efb4 } from '@/components/medical/ClaimsPanel'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { ReviewThreads as ReviewThreads_e3214e93a05d28cb194e6441e67e3b0b } from '@/components/review/ReviewThreads'
import { FallbackTitleNote as FallbackTitleNote_d1fa9742d9517aa55106b489ccd8ea93 } from '@/admin/localeFallback/FallbackTitleNote'
import { ConfirmingSaveDraftButton as ConfirmingSaveDraftButton_6ddefcdfdd3ac9ee3043babe738da46c } from '@/components/workflow/ConfirmingSaveDraftButton'
import { WorkflowStatus as WorkflowStatus_6965ce88d9674892426dfb141320141a } from '@/components/workflow/WorkflowStatus'
import { WorkflowVersionsView as WorkflowVersionsView_a46b465d53d614ed239a56a1cd11d174 } from '@/admin/versions/WorkflowVersionsView'
import { CurrentPasswordField as CurrentPasswordField_9b07346a1eb91bfabc8f3c0061124d14 } from '@/components/auth/CurrentPasswordField'
import { EventDocumentCell as EventDocumentCell_62b4d00642b9814c0e3876e75a587eb4 } from '@/admin/cells/EventDocumentCell'
import { EventActionCell as EventActionCell_04740e0b1e38a8a4b37967853d6b3f65 } from '@/admin/cells/EventActionCell'
import { SendTestButton as SendTestButton_840b8bed945c006b27a298e4215c18a3 } from '@/webhooks/components/DeliveryButton'
import { ResendButton as ResendButton_840b8bed945c006b27a298e4215c18a3 } from '@/webhooks/components/DeliveryButton'
import { Icon as Icon_586723811577fcd570b153bacaa81664 } from '@/admin/graphics/Icon'
import { Logo as Logo_fb41377240e79a3f427000f9c4717644 } from '@/admin/graphics/Logo'
import { ActivityBell as ActivityBell_c345b8ce1d5d07b1d65aee036a4e3bab } from '@/components/review/ActivityBell'
import { ReviewDashboard as ReviewDashboard_c31649b832832d1a54d41e95b8f05c17 } from '@/components/workflow/ReviewDashboard'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/workflow/WorkflowPanel#WorkflowPanel": WorkflowPanel_62a017c06f1e6303e8357ab4fdec4930,
  "@/admin/cells/FallbackTitleCell#FallbackTitleCell": FallbackTitleCell_cd486d7ac517ae9ca58eb18197de0329,
  "@/admin/fields/EnglishSource#EnglishSource": EnglishSource_4815b087642b9155be346c6c8fc8dac9,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@/components/editor/BlockTripleClickFeatureClient#BlockTripleClickFeatureClient": BlockTripleClickFeatureClient_50b0499b427b9de35af18172b2091b15,
  "@/components/medical/claimHighlights/ClaimHighlightsFeatureClient#ClaimHighlightsFeatureClient": ClaimHighlightsFeatureClient_9b32a85a805494576051402ccaf2f160,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/admin/diff/BlockContentDiff#BlockContentDiff": BlockContentDiff_919c5bb7cd3a1d19411f8930d9540454,
  "@/components/workflow/StateCell#StateCell": StateCell_2a3d6ba80cdb5f87fb8257c2d818841c,
  "@/admin/diff/HiddenDiff#HiddenDiff": HiddenDiff_c0d8863d151db130e35d76cd12f298b3,
  "@/admin/cells/ReviewCell#ReviewCell": ReviewCell_82a3cd220e6112df368aef00468c473b,
  "@/admin/cells/BlockingCell#BlockingCell": BlockingCell_8211347ac29f5eb81dcf7295a3fac7f2,
  "@/components/medical/ClaimsPanel#ClaimsPanel": ClaimsPanel_a22ce24d70810358278abdebdd17efb4,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@/components/review/ReviewThreads#ReviewThreads": ReviewThreads_e3214e93a05d28cb194e6441e67e3b0b,
  "@/admin/localeFallback/FallbackTitleNote#FallbackTitleNote": FallbackTitleNote_d1fa9742d9517aa55106b489ccd8ea93,
  "@/components/workflow/ConfirmingSaveDraftButton#ConfirmingSaveDraftButton": ConfirmingSaveDraftButton_6ddefcdfdd3ac9ee3043babe738da46c,
  "@/components/workflow/WorkflowStatus#WorkflowStatus": WorkflowStatus_6965ce88d9674892426dfb141320141a,
  "@/admin/versions/WorkflowVersionsView#WorkflowVersionsView": WorkflowVersionsView_a46b465d53d614ed239a56a1cd11d174,
  "@/components/auth/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_9b07346a1eb91bfabc8f3c0061124d14,
  "@/admin/cells/EventDocumentCell#EventDocumentCell": EventDocumentCell_62b4d00642b9814c0e3876e75a587eb4,
  "@/admin/cells/EventActionCell#EventActionCell": EventActionCell_04740e0b1e38a8a4b37967853d6b3f65,
  "@/webhooks/components/DeliveryButton#SendTestButton": SendTestButton_840b8bed945c006b27a298e4215c18a3,
  "@/webhooks/components/DeliveryButton#ResendButton": ResendButton_840b8bed945c006b27a298e4215c18a3,
  "@/admin/graphics/Icon#Icon": Icon_586723811577fcd570b153bacaa81664,
  "@/admin/graphics/Logo#Logo": Logo_fb41377240e79a3f427000f9c4717644,
  "@/components/review/ActivityBell#ActivityBell": ActivityBell_c345b8ce1d5d07b1d65aee036a4e3bab,
  "@/components/workflow/ReviewDashboard#ReviewDashboard": ReviewDashboard_c31649b832832d1a54d41e95b8f05c17,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
