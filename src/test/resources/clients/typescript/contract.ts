// A client team's use of the TypeScript (fetch) client generated from openapi/openapi.yaml, run against the live
// service by TypeScriptClientTest: list with filters, page through Link, get by id, post, resolve, a 400 and a 304.
import { ArticlesApi, Configuration, EventsApi, ResponseError, TemporalResolutionApi, TimelineApi } from './generated/index';

function check(condition: boolean, what: string): void {
  if (!condition) {
    throw new Error('failed: ' + what);
  }
}

async function main(): Promise<void> {
  const config = new Configuration({ basePath: process.argv[2] });
  const events = new EventsApi(config);

  const page = await events.listEvents({ actor: ['Lavrov'], from: new Date('2017-06-01'), to: new Date('2017-07-31'), size: 1 });
  // one per page, so that paging through Link takes several requests (the seeds give Lavrov 2 events in this range)
  check(page.items.length === 1 && page.total >= 2, 'filtered list: ' + page.items.length + ' of ' + page.total);
  check(page.items.every(e => e.actors.some(a => a.id === 'sergey-lavrov')), 'every event has Lavrov');

  // page through the Link header to the last page
  let raw = await events.listEventsRaw({ actor: ['Lavrov'], from: new Date('2017-06-01'), to: new Date('2017-07-31'), size: 1 });
  let seen = (await raw.value()).items.length;
  let pages = 1;
  for (let next = /<([^>]+)>; rel="next"/.exec(raw.raw.headers.get('Link') ?? ''); next; next = /<([^>]+)>; rel="next"/.exec(raw.raw.headers.get('Link') ?? '')) {
    const pageNumber = Number(new URL(next[1]).searchParams.get('page'));
    raw = await events.listEventsRaw({ actor: ['Lavrov'], from: new Date('2017-06-01'), to: new Date('2017-07-31'), size: 1, page: pageNumber });
    seen += (await raw.value()).items.length;
    pages++;
  }
  check(seen === page.total && pages === page.total, 'Link pages cover the total: ' + seen + ' of ' + page.total + ' in ' + pages + ' pages');

  const astana5 = await events.getEvent({ id: 'astana-5' });
  check(astana5.status === 'SCHEDULED' && astana5.date?.start?.toISOString().startsWith('2017-07-04') === true, 'astana-5: ' + JSON.stringify(astana5.date));

  // typed expressions survive the generated model
  const article = await new ArticlesApi(config).getArticle({ id: '000_929c0f77bcde9703' });
  check(article.expressions.length > 0 && article.expressions.every(e => article.text.substring(e.start, e.end) === e.text), 'expressions');

  const resolved = await new TemporalResolutionApi(config).resolveText({ resolveRequest: { text: 'قال الوزير أمس إن المحادثات مستمرة', anchor: new Date('2017-06-27') } });
  check(resolved.expressions[0]?.date?.value === '2017-06-26', 'resolve: ' + JSON.stringify(resolved.expressions));

  const created = await new ArticlesApi(config).createArticleRaw({ articleRequest: { text: 'قال وزير الخارجية الروسي سيرغي لافروف أمس إن الحوار مع باريس ممكن.', publishedAt: new Date('2011-05-03') } });
  check([200, 201].includes(created.raw.status) && (await created.value()).publishedAt.date?.toISOString().startsWith('2011-05-03') === true, 'post');

  const vis = await new TimelineApi(config).getVisTimeline({ lang: 'en', from: new Date('2017-05-01'), to: new Date('2017-05-31') });
  check(vis.items.some(i => i.id === 'astana-4' && i.group === 'TALKS') && vis.groups.length > 0, 'vis export is typed, not {}');

  try {
    await events.listEvents({ size: 0 });
    check(false, '400 expected');
  } catch (e) {
    check(e instanceof ResponseError && e.response.status === 400, '400: ' + e);
    const problem = await (e as ResponseError).response.json();
    check(problem.parameter === 'size' && problem.status === 400, 'problem names the parameter: ' + JSON.stringify(problem));
  }

  const first = await events.getEventRaw({ id: 'astana-4' });
  const etag = first.raw.headers.get('ETag');
  check(etag !== null, 'ETag');
  try {
    await events.getEventRaw({ id: 'astana-4', ifNoneMatch: etag! });
    check(false, '304 expected');
  } catch (e) {
    // the fetch runtime treats every status outside 2xx as an error: a 304 arrives as a ResponseError
    check(e instanceof ResponseError && e.response.status === 304, '304: ' + e);
  }
  console.log('CONTRACT OK');
}

main().catch(e => { console.error(e); process.exit(1); });
