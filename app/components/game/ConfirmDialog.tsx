"use client";
// A modal confirm built on <dialog>: focus moves in and is trapped, Escape cancels, focus returns after.
import { useEffect, useRef } from "react";
import { Button } from "@/app/components/ui/Button";

export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  cancelLabel = "Cancel",
  danger = false,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  body?: React.ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      aria-labelledby="confirm-title"
      className="m-auto w-[min(92vw,32rem)] rounded-2xl bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/60"
    >
      <div className="p-6">
        <h2 id="confirm-title" className="text-2xl font-bold">
          {title}
        </h2>
        {body && <div className="mt-3 text-lg text-slate-700">{body}</div>}
        <div className="mt-6 flex justify-end gap-3">
          <Button variant="secondary" className="px-5 py-3 text-lg" onClick={onCancel} autoFocus>
            {cancelLabel}
          </Button>
          <Button variant={danger ? "danger" : "primary"} className="px-5 py-3 text-lg" onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
