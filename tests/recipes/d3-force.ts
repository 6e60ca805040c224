import { forceLink, forceManyBody, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { toGraph, type GraphLink, type GraphNode } from '../../src/index.js';

type Node = GraphNode & SimulationNodeDatum;
type Link = Omit<GraphLink, 'source' | 'target'> & SimulationLinkDatum<Node>;

const graph = toGraph({ dropIsolated: true });
// d3 writes positions into the nodes and replaces the links' ends by nodes: give it copies.
const nodes: Node[] = graph.nodes.map((n) => ({ ...n }));
const links: Link[] = graph.links.map((l) => ({ ...l }));
export const simulation = forceSimulation(nodes)
  .force('link', forceLink<Node, Link>(links).id((d) => d.id))
  .force('charge', forceManyBody())
  .stop()
  .tick(50);
