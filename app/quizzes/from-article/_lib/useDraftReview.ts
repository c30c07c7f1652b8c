"use client";
// The review step of "New quiz from an article": the draft's questions and what the teacher does to each
// (show it in the article, keep, edit, regenerate, delete and undo), the quiz title, the save state the
// screen shows, and what screen readers are told. Making the draft and saving it stay in FromArticle.
import { useCallback, useRef, useState } from "react";
import type { ArticleDraft, DraftItem } from "@/server/protocol";
import { errorMessage } from "../../_lib/api";
import { regenerateItem } from "./api";
import { identity, KIND_LABELS, reviewItems, type ReviewItem } from "./review";
import { focusSoon } from "./useArticleSource";
import { itemCardId, itemHeadingId } from "../_components/ItemCard";
import type { Stage } from "../_components/FromArticle";
import type { Filter } from "../_components/ReviewScreen";

export type SaveState = { status: "idle" } | { status: "saving" } | { status: "error"; message: string; keys: string[] };

/** `setStage` is FromArticle's: opening a draft moves the page to the review step. */
export function useDraftReview(setStage: (stage: Stage) => void) {
  const [draft, setDraft] = useState<ArticleDraft | null>(null);
  const [items, setItems] = useState<ReviewItem[]>([]);
  const [title, setTitle] = useState("");
  const [titleTouched, setTitleTouched] = useState(false);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [rerunError, setRerunError] = useState<string | null>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [scrollTick, setScrollTick] = useState(0);
  const [filter, setFilter] = useState<Filter>("all");
  const [busyKeys, setBusyKeys] = useState<Set<string>>(new Set());
  const [notices, setNotices] = useState<Record<string, string>>({});
  const [showIssues, setShowIssues] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>({ status: "idle" });
  const [lastDeleted, setLastDeleted] = useState<{ entry: ReviewItem; index: number } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const seen = useRef<ReturnType<typeof identity>[]>([]);
  const itemsRef = useRef(items);
  itemsRef.current = items;

  const openReview = useCallback(
    (d: ArticleDraft, keep: number, rerun: boolean) => {
      const list = reviewItems(d.questions, keep);
      setDraft(d);
      setItems(list);
      seen.current = d.questions.map(identity);
      if (!rerun || !titleTouched) setTitle(d.article.title);
      setTitleError(null);
      setActiveKey(list[0]?.key ?? null);
      setScrollTick((t) => t + 1);
      setFilter("all");
      setNotices({});
      setShowIssues(false);
      setSaveState({ status: "idle" });
      setLastDeleted(null);
      setRerunError(null);
      setStage("review");
      setAnnouncement(`${d.questions.length} questions made from “${d.article.title}”. ${Math.min(keep, list.length)} are kept.`);
      focusSoon("review-heading");
    },
    [titleTouched, setStage],
  );

  const onSelect = useCallback((key: string, from: "list" | "article") => {
    setActiveKey(key);
    setScrollTick((t) => t + 1);
    if (from === "article") {
      setFilter((f) => (f === "all" || itemsRef.current.find((i) => i.key === key)?.item.type === f ? f : "all"));
      window.setTimeout(() => {
        document.getElementById(itemCardId(key))?.scrollIntoView({ block: "nearest", behavior: "smooth" });
        document.getElementById(itemHeadingId(key))?.focus({ preventScroll: true });
      }, 30);
    } else if (window.matchMedia("(max-width: 1023px)").matches) {
      // One column: the article sits above the list; bring it into view.
      document.getElementById("article-panel")?.scrollIntoView({ block: "start", behavior: "smooth" });
    }
  }, []);

  const onAccept = useCallback((key: string, accepted: boolean) => {
    setItems((list) => list.map((i) => (i.key === key ? { ...i, accepted } : i)));
  }, []);

  const onAcceptMany = useCallback((keys: string[], accepted: boolean) => {
    const set = new Set(keys);
    setItems((list) => list.map((i) => (set.has(i.key) ? { ...i, accepted } : i)));
  }, []);

  const onSaveItem = useCallback((key: string, item: DraftItem) => {
    setItems((list) => list.map((i) => (i.key === key ? { ...i, item, edited: true } : i)));
    setAnnouncement("Question updated.");
  }, []);

  const onDelete = useCallback((key: string) => {
    const list = itemsRef.current;
    const index = list.findIndex((i) => i.key === key);
    if (index < 0) return;
    setLastDeleted({ entry: list[index], index });
    setItems(list.filter((i) => i.key !== key));
    const neighbour = list[index + 1] ?? list[index - 1];
    if (neighbour) focusSoon(itemHeadingId(neighbour.key));
    setAnnouncement(`Question ${index + 1} deleted. Use Undo to bring it back.`);
  }, []);

  function undoDelete() {
    if (!lastDeleted) return;
    const { entry, index } = lastDeleted;
    setItems((list) => [...list.slice(0, index), entry, ...list.slice(index)]);
    setLastDeleted(null);
    focusSoon(itemHeadingId(entry.key));
    setAnnouncement(`Question ${index + 1} restored.`);
  }

  const onRegenerate = useCallback(
    async (key: string) => {
      const entry = itemsRef.current.find((i) => i.key === key);
      if (!entry || !draft) return;
      setBusyKeys((s) => new Set(s).add(key));
      setNotices(({ [key]: _drop, ...rest }) => rest);
      try {
        const exclude = [...seen.current, ...itemsRef.current.map((i) => identity(i.item))];
        const { question } = await regenerateItem(draft.article.text, entry.item.type, exclude);
        if (!question) {
          setNotices((n) => ({ ...n, [key]: `No other “${KIND_LABELS[entry.item.type]}” question can be made from this article. Edit this one or delete it.` }));
          return;
        }
        seen.current.push(identity(entry.item), identity(question));
        setItems((list) => list.map((i) => (i.key === key ? { ...i, item: question, edited: false } : i)));
        setActiveKey(key);
        setScrollTick((t) => t + 1);
        setAnnouncement("Question replaced with a new one.");
      } catch (err) {
        setNotices((n) => ({ ...n, [key]: `Couldn't regenerate: ${errorMessage(err)}` }));
      } finally {
        setBusyKeys((s) => {
          const next = new Set(s);
          next.delete(key);
          return next;
        });
      }
    },
    [draft],
  );

  return {
    draft,
    setDraft,
    items,
    setItems,
    title,
    setTitle,
    setTitleTouched,
    titleError,
    setTitleError,
    rerunError,
    setRerunError,
    activeKey,
    scrollTick,
    filter,
    setFilter,
    busyKeys,
    notices,
    showIssues,
    setShowIssues,
    saveState,
    setSaveState,
    lastDeleted,
    setLastDeleted,
    announcement,
    openReview,
    onSelect,
    onAccept,
    onAcceptMany,
    onSaveItem,
    onDelete,
    undoDelete,
    onRegenerate,
  };
}
