"use client";

import "@xyflow/react/dist/style.css";
import {
  addEdge,
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  Controls,
  Handle,
  MiniMap,
  Position,
  ReactFlow,
  type Connection,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
  type NodeProps,
} from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { colon } from "@/components/format/punctuation";
import { documentLocale } from "@/components/i18n/locale";
import { useLocale, useT } from "@/components/i18n/provider";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { BidiText } from "@/components/ui/bidi-text";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { defaultNodeData, GraphEdges, GraphNodes, graphTrigger, validateGraph, type Graph, type GraphIssue } from "@/lib/automation/graph";
import { issueText, nodeLabel, nodeSummary } from "./labels";
import { useStepWords } from "./use-step-words";
import { automationMessages } from "./messages";
import { NodePanel, type Options } from "./node-panel";

type Snapshot = { nodes: Node[]; edges: Edge[] };
type Save = (id: string, input: { name?: string; nodes?: unknown[]; edges?: unknown[]; isActive?: boolean }) => Promise<ActionResult<{ revision: number; isActive: boolean }>>;

const KIND_STYLE: Record<string, string> = {
  trigger: "border-indigo-400 bg-indigo-50",
  condition: "border-amber-400 bg-amber-50",
  action: "border-emerald-400 bg-emerald-50",
  delay: "border-sky-400 bg-sky-50",
};

/** Problems the server reported on save (field path → message), as graph issues on their steps. */
function serverIssues(fields: Record<string, string>, nodes: Graph["nodes"]): GraphIssue[] {
  return Object.entries(fields)
    .filter(([path]) => path.startsWith("nodes") || path.startsWith("edges"))
    .map(([path, message]) => {
      const code = /no such stage/.test(message) ? "unknown_stage" : /no such user/.test(message) ? "unknown_user" : "invalid_condition";
      return { code, path, message: `${path}: ${message}`, params: { detail: message }, nodeId: nodes[Number(/^nodes\[(\d+)\]/.exec(path)?.[1] ?? -1)]?.id };
    });
}

/**
 * Where a condition's two outputs sit on its card, from the left: the same in every language, since the graph's
 * layout is shared by everyone who opens it (flipped in Arabic, an English user's branches would cross).
 */
const BRANCH_LEFT = { true: "30%", false: "70%" } as const;

function StepNode({ type, data, selected }: NodeProps) {
  const t = useT(automationMessages);
  // The canvas is left to right (positions, handles, edges); the card's text follows the reader's direction.
  const { dir } = documentLocale(useLocale());
  const d = data as Record<string, unknown> & { __problems?: string[]; __summary?: string };
  const problems = d.__problems ?? [];
  return (
    <div
      dir={dir}
      className={`min-w-44 rounded-lg border-2 px-3 py-2 text-start shadow-sm ${KIND_STYLE[type] ?? ""} ${selected ? "ring-2 ring-indigo-500" : ""} ${problems.length ? "outline-2 outline-offset-2 outline-red-500" : ""}`}
      data-testid={`node-${type}`}
      data-invalid={problems.length > 0 || undefined}
      title={problems.join("\n") || undefined}
    >
      {type !== "trigger" && <Handle type="target" position={Position.Top} />}
      <div className="flex items-center justify-between gap-2 text-[11px] font-semibold uppercase tracking-wide text-slate-500">
        <span>{t(`node.${type}` as "node.trigger")}</span>
        {problems.length > 0 && (
          <span className="inline-flex size-4 items-center justify-center rounded-full bg-red-600 text-[10px] text-white" aria-label={t("problems", { count: problems.length })}>
            !
          </span>
        )}
      </div>
      {/* Two lines, then "…": a one-line cut would hide the start of a Latin title inside an Arabic sentence. */}
      <div className="line-clamp-2 max-w-56 text-sm break-words text-slate-900" title={d.__summary || undefined}>
        <BidiText text={d.__summary || nodeSummary({ type, data: d }, t)} />
      </div>
      {problems.length > 0 && (
        <div className="line-clamp-2 max-w-56 text-[11px] break-words text-red-600">
          <BidiText text={problems[0]!} />
        </div>
      )}
      {type === "condition" ? (
        <>
          <Handle id="true" type="source" position={Position.Bottom} style={{ left: BRANCH_LEFT.true }} />
          <Handle id="false" type="source" position={Position.Bottom} style={{ left: BRANCH_LEFT.false }} />
          {/* Each word right above its own handle, whatever the reading direction. */}
          <div className="relative -mx-3 mt-1 h-3.5 text-[10px] text-slate-500">
            <span className="absolute -translate-x-1/2" style={{ left: BRANCH_LEFT.true }}>
              {t("trueBranch")}
            </span>
            <span className="absolute -translate-x-1/2" style={{ left: BRANCH_LEFT.false }}>
              {t("falseBranch")}
            </span>
          </div>
        </>
      ) : (
        <Handle type="source" position={Position.Bottom} />
      )}
    </div>
  );
}

const nodeTypes = { trigger: StepNode, condition: StepNode, action: StepNode, delay: StepNode };

/** Only what is stored: {id, type, position, data} and {id, source, target, sourceHandle, targetHandle, data}. */
function toGraph(nodes: Node[], edges: Edge[]): Graph {
  const clean = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([k]) => !k.startsWith("__")));
  return {
    nodes: GraphNodes.parse(nodes.map((n) => ({ id: n.id, type: n.type, position: n.position, data: clean(n.data) }))),
    edges: GraphEdges.parse(edges.map((e) => ({ id: e.id, source: e.source, target: e.target, sourceHandle: e.sourceHandle ?? null, targetHandle: e.targetHandle ?? null, data: e.data ?? {} }))),
  };
}

/** Layers by distance from the trigger, left to right within a layer. */
function layout(nodes: Node[], edges: Edge[]): Node[] {
  const depth = new Map<string, number>();
  const start = nodes.find((n) => n.type === "trigger");
  const queue = start ? [start.id] : [];
  if (start) depth.set(start.id, 0);
  while (queue.length) {
    const id = queue.shift()!;
    for (const e of edges.filter((x) => x.source === id)) {
      if (!depth.has(e.target)) {
        depth.set(e.target, depth.get(id)! + 1);
        queue.push(e.target);
      }
    }
  }
  const maxDepth = Math.max(0, ...depth.values());
  const perLayer = new Map<number, number>();
  return nodes.map((n) => {
    const d = depth.get(n.id) ?? maxDepth + 1;
    const i = perLayer.get(d) ?? 0;
    perLayer.set(d, i + 1);
    return { ...n, position: { x: i * 260, y: d * 140 } };
  });
}

type Props = {
  automation: { id: string; name: string; isActive: boolean; nodes: Node[]; edges: Edge[]; webhookSecret: string | null };
  options: Options;
  canEdit: boolean;
  save: Save;
};

export function FlowEditor({ automation, options, canEdit, save }: Props) {
  const t = useT(automationMessages);
  const locale = useLocale();
  const [name, setName] = useState(automation.name);
  const [isActive, setIsActive] = useState(automation.isActive);
  const [nodes, setNodes] = useState<Node[]>(automation.nodes);
  const [edges, setEdges] = useState<Edge[]>(automation.edges);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const past = useRef<Snapshot[]>([]);
  const future = useRef<Snapshot[]>([]);
  const counter = useRef(nodes.length + 1);

  const remember = useCallback(() => {
    past.current.push({ nodes, edges });
    if (past.current.length > 100) past.current.shift();
    future.current = [];
  }, [nodes, edges]);
  const undo = () => {
    const prev = past.current.pop();
    if (!prev) return;
    future.current.push({ nodes, edges });
    setNodes(prev.nodes);
    setEdges(prev.edges);
  };
  const redo = () => {
    const next = future.current.pop();
    if (!next) return;
    past.current.push({ nodes, edges });
    setNodes(next.nodes);
    setEdges(next.edges);
  };

  const graph = useMemo(() => toGraph(nodes, edges), [nodes, edges]);
  // What the server refused on the last save (e.g. a condition field the query registry does not know);
  // cleared by the next edit, when the live validation takes over again.
  const [refused, setRefused] = useState<{ graph: Graph; issues: GraphIssue[] } | null>(null);
  const live = useMemo(() => validateGraph(graph), [graph]);
  const current = useMemo(() => JSON.stringify({ name, ...graph }), [name, graph]);
  const [savedState, setSavedState] = useState(current);
  const dirty = current !== savedState;
  const issues = useMemo(() => (refused?.graph === graph ? [...live, ...refused.issues.filter((r) => !live.some((l) => l.path === r.path))] : live), [live, refused, graph]);
  const trigger = graphTrigger(graph)?.trigger ?? "deal.stage_changed";
  // Each problem in the reader's language; on the canvas, a step shows its own problems (without its name).
  // Conditions read as their query in words, delays name their date field (the run history says the same).
  const words = useStepWords(trigger, options.fields);
  const issueTexts = useMemo(() => issues.map((i) => issueText(i, graph.nodes, t, words)), [issues, graph, t, words]);
  const shownNodes = useMemo(() => {
    const mine = new Map<string, string[]>();
    issues.forEach((i, k) => {
      if (!i.nodeId) return;
      const node = graph.nodes.find((n) => n.id === i.nodeId);
      const text = node ? issueTexts[k]!.slice(nodeLabel(node, t, words).length + 2) : issueTexts[k]!;
      mine.set(i.nodeId, [...(mine.get(i.nodeId) ?? []), text]);
    });
    return nodes.map((n) => ({ ...n, data: { ...n.data, __problems: mine.get(n.id) ?? [], __summary: nodeSummary({ type: n.type, data: n.data }, t, words) } }));
  }, [nodes, issues, issueTexts, graph, t, words]);

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      if (changes.some((c) => c.type === "remove" || (c.type === "position" && c.dragging === false))) remember();
      setNodes((ns) => applyNodeChanges(changes, ns));
    },
    [remember],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      if (changes.some((c) => c.type === "remove")) remember();
      setEdges((es) => applyEdgeChanges(changes, es));
    },
    [remember],
  );
  const onConnect = useCallback(
    (c: Connection) => {
      remember();
      setEdges((es) => addEdge({ ...c, id: `e-${c.source}-${c.sourceHandle ?? "out"}-${c.target}` }, es));
    },
    [remember],
  );

  const addNode = (type: "trigger" | "condition" | "action" | "delay") => {
    remember();
    let id = `${type}-${counter.current++}`;
    while (nodes.some((n) => n.id === id)) id = `${type}-${counter.current++}`;
    const y = Math.max(0, ...nodes.map((n) => n.position.y)) + 140;
    // The new step becomes the only selected one, so the side panel shows it.
    setNodes((ns) => [...ns.map((n) => (n.selected ? { ...n, selected: false } : n)), { id, type, position: { x: 0, y: ns.length ? y : 0 }, data: defaultNodeData(type), selected: true }]);
    setSelectedId(id);
  };
  const updateData = (id: string, data: Record<string, unknown>) => {
    remember();
    setNodes((ns) => ns.map((n) => (n.id === id ? { ...n, data } : n)));
  };

  const persist = (activate?: boolean) =>
    start(async () => {
      const res = await save(automation.id, { name, nodes: graph.nodes, edges: graph.edges, ...(activate !== undefined ? { isActive: activate } : {}) });
      if (res.ok) {
        setSavedState(current);
        setIsActive(res.isActive);
        setRefused(null);
        setMessage({ ok: true, text: t("saved") });
        return;
      }
      const onSteps = serverIssues(res.fields ?? {}, graph.nodes);
      setRefused({ graph, issues: onSteps });
      const other = Object.entries(res.fields ?? {}).filter(([k]) => !onSteps.some((i) => i.path === k) && k !== "isActive");
      setMessage({ ok: false, text: onSteps.length ? `${t("serverProblems")} ${onSteps.map((i) => issueText(i, graph.nodes, t, words)).join(" · ")}` : [res.message, ...other.slice(0, 4).map(([k, v]) => `${k}: ${v}`)].join(" ") });
    });

  const selected = nodes.find((n) => n.id === selectedId) ?? null;
  const select = (id: string) => {
    setNodes((ns) => ns.map((n) => (n.selected === (n.id === id) ? n : { ...n, selected: n.id === id })));
    setSelectedId(id);
  };

  // Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z or Ctrl+Y redoes, except while typing in a field.
  const keys = useRef({ undo, redo });
  useEffect(() => {
    keys.current = { undo, redo };
  });
  useEffect(() => {
    if (!canEdit) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (!(e.ctrlKey || e.metaKey) || target?.closest("input, textarea, select, [contenteditable]")) return;
      const key = e.key.toLowerCase();
      if (key === "z" && !e.shiftKey) keys.current.undo();
      else if ((key === "z" && e.shiftKey) || key === "y") keys.current.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [canEdit]);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-60 flex-1 space-y-1">
          <Label htmlFor="automation-name">{t("name")}</Label>
          <Input id="automation-name" dir="auto" value={name} onChange={(e) => setName(e.target.value)} disabled={!canEdit} />
        </div>
        <label className="inline-flex items-center gap-2 text-sm">
          <input type="checkbox" role="switch" aria-label={t("activate")} checked={isActive} disabled={!canEdit || pending || (!isActive && issues.length > 0)} onChange={(e) => persist(e.target.checked)} />
          {t("activate")}
        </label>
        {!isActive && issues.length > 0 && <span className="self-center text-xs text-slate-500">{t("invalidCannotActivate")}</span>}
        <Button variant="secondary" onClick={undo} disabled={!canEdit}>
          {t("undo")}
        </Button>
        <Button variant="secondary" onClick={redo} disabled={!canEdit}>
          {t("redo")}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            remember();
            setNodes((ns) => layout(ns, edges));
          }}
          disabled={!canEdit}
        >
          {t("layout")}
        </Button>
        {dirty && canEdit && (
          <span className="self-center text-xs font-medium text-amber-700" role="status">
            {t("unsaved")}
          </span>
        )}
        <Button onClick={() => persist()} pending={pending} disabled={!canEdit}>
          {t("save")}
        </Button>
      </div>
      {message && <Alert tone={message.ok ? "success" : "error"}>
          <BidiText text={message.text} />
        </Alert>}
      {automation.webhookSecret && trigger === "webhook" && <p className="text-xs break-all text-slate-500">{t("webhookUrl", { secret: automation.webhookSecret })} /api/automation/{automation.id}/webhook</p>}
      <div className="flex flex-wrap gap-2" role="toolbar" aria-label={t("palette")}>
        <span className="self-center text-sm font-medium text-slate-700">{`${t("palette")}${colon(locale).trimEnd()}`}</span>
        {(["trigger", "condition", "action", "delay"] as const).map((type) => (
          <Button key={type} size="sm" variant="secondary" disabled={!canEdit} onClick={() => addNode(type)}>
            + {t(`node.${type}`)}
          </Button>
        ))}
      </div>
      <div className="grid gap-3 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="h-[26rem] rounded-lg border border-slate-200 bg-white sm:h-[36rem]" dir="ltr" data-testid="canvas">
          <ReactFlow
            nodes={shownNodes}
            edges={edges}
            nodeTypes={nodeTypes}
            onNodesChange={canEdit ? onNodesChange : undefined}
            onEdgesChange={canEdit ? onEdgesChange : undefined}
            onConnect={canEdit ? onConnect : undefined}
            onSelectionChange={({ nodes: sel }) => setSelectedId(sel[0]?.id ?? null)}
            deleteKeyCode={["Backspace", "Delete"]}
            fitView
            fitViewOptions={{ maxZoom: 1, padding: 0.2 }}
            proOptions={{ hideAttribution: true }}
          >
            <Background />
            <MiniMap pannable zoomable className="hidden! md:block!" style={{ width: 150, height: 100 }} />
            <Controls />
          </ReactFlow>
        </div>
        <aside className="space-y-3 rounded-lg border border-slate-200 p-3" aria-label={t("steps")}>
          <div className="flex items-center gap-2">{issues.length ? <Badge tone="danger" data-testid="issue-count">{t("problems", { count: issues.length })}</Badge> : <Badge tone="success">{t("valid")}</Badge>}</div>
          {issues.length > 0 && (
            <ul className="max-h-40 space-y-1 overflow-y-auto text-xs text-red-700" data-testid="issues">
              {issues.map((i, k) => (
                // The bullet is drawn in a box one line high beside the text, so that it stays on the first line
                // whatever wraps (a native marker follows the last line of an inline-block button).
                <li key={k} className="flex items-start gap-2">
                  <span aria-hidden="true" className="flex h-[1lh] shrink-0 items-center">
                    <span className="size-1 rounded-full bg-current" />
                  </span>
                  {i.nodeId ? (
                    <button type="button" className="min-w-0 flex-1 text-start hover:underline" onClick={() => select(i.nodeId!)}>
                      <BidiText text={issueTexts[k]!} />
                    </button>
                  ) : (
                    <span className="min-w-0 flex-1">
                      <BidiText text={issueTexts[k]!} />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {selected ? (
            <>
              <NodePanel key={selected.id} node={selected} trigger={trigger} options={options} onChange={(data) => updateData(selected.id, data)} />
              <Button
                size="sm"
                variant="ghost-danger"
                disabled={!canEdit}
                onClick={() => {
                  remember();
                  setNodes((ns) => ns.filter((n) => n.id !== selected.id));
                  setEdges((es) => es.filter((e) => e.source !== selected.id && e.target !== selected.id));
                  setSelectedId(null);
                }}
              >
                {t("deleteNode")}
              </Button>
            </>
          ) : (
            <p className="text-sm text-slate-500">{t("panelEmpty")}</p>
          )}
        </aside>
      </div>
    </div>
  );
}
