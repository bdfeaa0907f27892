pmSearch.shard("6d-69",{"minutes":[0,17,1,9]});
