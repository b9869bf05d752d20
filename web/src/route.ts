/** The three kinds of page, told apart by path alone: respondents' links, the staff app, and the home page. */
export type Route =
  | { name: 'respondent'; linkId: string }
  | { name: 'staff' }
  | { name: 'home' }
  | { name: 'notFound' };

export function matchRoute(path: string): Route {
  const respondent = /^\/s\/([^/]+)\/?$/.exec(path);
  if (respondent?.[1]) return { name: 'respondent', linkId: decodeURIComponent(respondent[1]) };
  if (path === '/app' || path.startsWith('/app/')) return { name: 'staff' };
  if (path === '/' || path === '') return { name: 'home' };
  return { name: 'notFound' };
}
