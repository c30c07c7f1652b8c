"use client";
// The quiz's title and description, first thing in the editor.
import { Badge } from "@/app/components/ui/Badge";
import { TextAreaField, TextField } from "@/app/components/ui/Field";
import { LIMITS, type FieldErrors } from "../_lib/draft";
import { fieldId } from "../_lib/fieldKeys";

export function QuizDetailsSection({
  title,
  description,
  errors,
  isSample,
  autoFocusTitle,
  onTitle,
  onDescription,
}: {
  title: string;
  description: string;
  errors: FieldErrors;
  isSample: boolean;
  autoFocusTitle: boolean;
  onTitle: (title: string) => void;
  onDescription: (description: string) => void;
}) {
  return (
    <section aria-labelledby="details-heading" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <div className="flex items-center gap-3">
        <h2 id="details-heading" className="text-lg font-bold">
          Quiz details
        </h2>
        {isSample && <Badge tone="brand">Sample</Badge>}
      </div>
      {isSample && <p className="mt-1 text-sm text-slate-600">This is a sample quiz. Saving changes it for everyone using this Factsprint.</p>}
      <div className="mt-4 grid gap-4">
        <TextField
          id={fieldId("title")}
          label="Title"
          value={title}
          maxLength={LIMITS.title}
          placeholder="e.g. The water cycle"
          error={errors.title}
          autoFocus={autoFocusTitle}
          onChange={(e) => onTitle(e.target.value)}
          className="[&_input]:text-lg [&_input]:font-semibold"
        />
        <TextAreaField
          id={fieldId("description")}
          label="Description"
          aside="Optional"
          rows={2}
          maxLength={LIMITS.description}
          placeholder="What is it about, and who is it for?"
          value={description}
          error={errors.description}
          onChange={(e) => onDescription(e.target.value)}
        />
      </div>
    </section>
  );
}
