import { communicationShowPath, IN_REVIEW_PATH } from './routes';

describe('the Comunicación links', () => {
  it('"Por aprobar" opens the communications in review', () => {
    expect(IN_REVIEW_PATH.startsWith('/communications?')).toBe(true);
    expect(JSON.parse(new URLSearchParams(IN_REVIEW_PATH.split('?')[1]).get('filter') ?? 'null')).toEqual({ status: 'in_review' });
  });

  it('a communication’s page is its show page, its id escaped', () => {
    expect(communicationShowPath('a/b')).toBe('/communications/a%2Fb/show');
  });
});
