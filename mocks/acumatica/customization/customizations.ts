import { validatePackage } from '../../../src/customization/validate-package';
import type { EndpointDefinition } from '../endpoints/definitions';
import { PackageFiles } from './package-files';
import { compileError, CustomizationRequestError, PublishLog, type LogEntry } from './publish-log';
import { loadProject, type LoadedProject, type PublishedItem } from './project-loader';

interface StoredProject {
  name: string;
  description: string;
  level: number;
  files: PackageFiles;
  zip: Buffer;
}

/**
 * Publishing runs in stages, one per publishEnd call: validation (which ends it when it fails or when only
 * validation was asked for), then the database and the website files, after which the site restarts and
 * signs every user out, then what follows the restart.
 */
interface Publication {
  projects: StoredProject[];
  merge: boolean;
  onlyValidation: boolean;
  stage: 'validate' | 'apply' | 'restarted' | 'done';
  failed: boolean;
  log: PublishLog;
  loaded: Map<string, LoadedProject>;
  /** A publishEnd call is moving it on: another one meanwhile only reports. */
  busy: boolean;
}

/** What a publishEnd call answers. */
export interface PublishState {
  isCompleted: boolean;
  isFailed: boolean;
  log: LogEntry[];
}

interface State {
  projects: Map<string, StoredProject>;
  published: Map<string, LoadedProject>;
}

export interface PublishRequest {
  projectNames: string[];
  isMergeWithExistingPackages?: boolean;
  isOnlyValidation?: boolean;
}

/**
 * The customization projects of the instance and what is published, behind the Customization API: import,
 * publishBegin/publishEnd, getPublished, getProject, delete and unpublishAll. Published projects add their
 * web service endpoints to the ones the instance serves.
 */
export class Customizations {
  private state: State = { projects: new Map(), published: new Map() };
  private initial: State = { projects: new Map(), published: new Map() };
  private publication: Publication | undefined;

  constructor(
    private readonly systemEndpoints: () => EndpointDefinition[],
    private readonly now: () => number,
    /** The site restarts at the end of a publication: every session ends. */
    private readonly restartSite: () => void = () => undefined,
  ) {}

  /** The endpoints of the published projects, in the order they were published. */
  endpoints(): EndpointDefinition[] {
    return [...this.state.published.values()].flatMap((project) => project.endpoints);
  }

  /** Imports and publishes a package at once, as a tenant configured before the mock started; throws when it cannot be. */
  publishNow(name: string, files: PackageFiles, zip: Buffer): void {
    const project = { name, description: '', level: 0, files, zip };
    const loaded = this.load(project);
    if ('errors' in loaded)
      throw new Error(`Failed to publish the customization project ${name}: ${loaded.errors.join(' ')}`);
    this.state.projects.set(key(name), project);
    this.state.published.set(key(name), loaded);
  }

  /** Makes what is there now the state `restore` goes back to. */
  remember(): void {
    this.initial = copy(this.state);
  }

  restore(): void {
    this.state = copy(this.initial);
    this.publication = undefined;
  }

  import(request: {
    projectName: string;
    projectDescription?: string;
    projectLevel?: number;
    isReplaceIfExists?: boolean;
    projectContentBase64?: string;
  }): LogEntry[] {
    const log = new PublishLog(this.now);
    const existing = this.state.projects.get(key(request.projectName));
    if (request.projectContentBase64 === undefined) {
      if (existing) this.remove(existing.name);
      return log.info(`Delete project: ${request.projectName}`).entries;
    }
    if (existing && !request.isReplaceIfExists) {
      throw new CustomizationRequestError(
        `The project ${request.projectName} already exists. Set isReplaceIfExists to true to replace it.`,
      );
    }
    const zip = Buffer.from(request.projectContentBase64, 'base64');
    let files: PackageFiles;
    try {
      files = PackageFiles.fromZip(zip);
    } catch (error) {
      throw new CustomizationRequestError(
        `The project content of ${request.projectName} is not a zip archive (${(error as Error).message}).`,
      );
    }
    this.state.projects.set(key(request.projectName), {
      name: existing?.name ?? request.projectName,
      description: request.projectDescription ?? '',
      level: request.projectLevel ?? 0,
      files,
      zip,
    });
    return log
      .info(`${existing ? 'Replace' : 'Create new'} project: ${request.projectName}`)
      .info(`Import ${files.size} files`).entries;
  }

  publishBegin(request: PublishRequest): LogEntry[] {
    if (this.publication && this.publication.stage !== 'done') {
      throw new CustomizationRequestError(
        'Another publication is in progress. Call publishEnd until it completes before publishing again.',
      );
    }
    const projects = request.projectNames.map((name) => {
      const project = this.state.projects.get(key(name));
      if (!project)
        throw new CustomizationRequestError(`The customization project ${name} does not exist. Import it first.`);
      return project;
    });
    const log = new PublishLog(this.now).info('Publishing has started.');
    this.publication = {
      projects,
      merge: request.isMergeWithExistingPackages ?? false,
      onlyValidation: request.isOnlyValidation ?? false,
      stage: 'validate',
      failed: false,
      log,
      loaded: new Map(),
      busy: false,
    };
    return [...log.entries];
  }

  /**
   * Moves the publication one stage on and reports it; the log is the whole log of the publication so far.
   * The messages are those a real publication writes (its Compilation pane and publishEnd log).
   */
  async publishEnd(): Promise<PublishState> {
    const publication = this.publication;
    if (!publication) throw new CustomizationRequestError('No publication has been started. Call publishBegin first.');
    if (!publication.busy) {
      publication.busy = true;
      try {
        await this.advance(publication);
      } finally {
        publication.busy = false;
      }
    }
    return {
      isCompleted: publication.stage === 'done',
      isFailed: publication.failed,
      log: [...publication.log.entries],
    };
  }

  private async advance(publication: Publication): Promise<void> {
    const { log } = publication;
    if (publication.stage === 'validate') await this.validate(publication);
    else if (publication.stage === 'apply') {
      const code = [...publication.loaded.values()].flatMap((project) => project.code);
      log.info(`Compiling ${code.length} code items`).info('Updating the database');
      if (!publication.merge) this.state.published.clear();
      for (const [name, loaded] of publication.loaded) this.state.published.set(name, loaded);
      log.info('Cleaning up the database').info('Updating website files').info('Starting the website');
      publication.stage = 'restarted';
      this.restartSite();
    } else if (publication.stage === 'restarted') {
      log.info('Website updated.').info('Customization project published successfully.');
      publication.stage = 'done';
    }
  }

  getPublished(): { projects?: Array<{ name: string }>; items: PublishedItem[]; log: LogEntry[] } {
    const published = [...this.state.published.keys()].map((name) => this.state.projects.get(name)?.name ?? name);
    const items = [...this.state.published.values()].flatMap((project) => project.items);
    return { ...(published.length > 0 ? { projects: published.map((name) => ({ name })) } : {}), items, log: [] };
  }

  getProject(projectName: string): { projectContentBase64: string; hasConflicts: boolean; log: LogEntry[] } {
    const project = this.state.projects.get(key(projectName));
    if (!project) throw new CustomizationRequestError(`The customization project ${projectName} does not exist.`);
    return { projectContentBase64: project.zip.toString('base64'), hasConflicts: false, log: [] };
  }

  delete(projectName: string): LogEntry[] {
    const project = this.state.projects.get(key(projectName));
    if (!project) throw new CustomizationRequestError(`The customization project ${projectName} does not exist.`);
    if (this.state.published.has(key(projectName)))
      throw new CustomizationRequestError(
        `The customization project ${project.name} is published. Unpublish it before deleting it.`,
      );
    this.remove(project.name);
    return new PublishLog(this.now).info(`Delete project: ${project.name}`).entries;
  }

  unpublishAll(tenants: string[]): LogEntry[] {
    this.state.published.clear();
    const log = new PublishLog(this.now);
    for (const tenant of tenants) log.info(`Unpublish ${tenant}`);
    return log.info('Cleaning up the database').entries;
  }

  /**
   * Reads each project as publishing does, then checks its items and compiles its code as a real publication
   * would (validatePackage, the same checks as `build`): each problem is an error entry naming its file and line.
   */
  private async validate(publication: Publication): Promise<void> {
    const { log } = publication;
    log.info(`Compiled projects: ${publication.projects.map((project) => project.name).join(',')}`);
    for (const project of publication.projects) {
      const loaded = this.load(project);
      const errors = 'errors' in loaded ? loaded.errors : (await validatePackage(project.files)).map(compileError);
      if (errors.length > 0 || 'errors' in loaded) {
        publication.failed = true;
        errors.forEach((message) => log.error(message));
      } else {
        loaded.summary.forEach((line) => log.info(line));
        publication.loaded.set(key(project.name), loaded);
      }
    }
    if (publication.failed) {
      log.error('Validation failed.');
      publication.stage = 'done';
      return;
    }
    log.info('Validation finished successfully.');
    publication.stage = publication.onlyValidation ? 'done' : 'apply';
  }

  private load(project: StoredProject): LoadedProject | { errors: string[] } {
    return loadProject(project.files, (name, version) =>
      this.systemEndpoints().find((e) => e.name === name && e.version === version),
    );
  }

  private remove(name: string): void {
    this.state.projects.delete(key(name));
    this.state.published.delete(key(name));
  }
}

/** Project names are compared without case, as SQL Server does. */
function key(name: string): string {
  return name.toLowerCase();
}

function copy(state: State): State {
  return { projects: new Map(state.projects), published: new Map(state.published) };
}
